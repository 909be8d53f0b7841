// Says when the consultant profile is empty (the briefing's cover, header and contact
// lines would be blank) and links to 设置 to fill it in.
import type { ConsultantProfile } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { Icon } from '../../ui/index.ts';
import { useNavigation } from '../../core/index.ts';

export function ProfileNotice({ profile }: { profile: ConsultantProfile }) {
  const navigate = useNavigation((state) => state.navigate);
  if (profile.name.trim() !== '' && profile.company.trim() !== '') return null;
  return (
    <div className="profile-notice" role="note">
      <Icon name="info" size={16} />
      <p>
        {zh.briefing.profileMissing}{' '}
        <button type="button" className="link-button" onClick={() => navigate('settings')}>
          {zh.briefing.goToSettings}
        </button>
      </p>
    </div>
  );
}
