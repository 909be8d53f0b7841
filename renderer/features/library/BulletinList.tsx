// The imported bulletins (issue, date, notice count), newest import first. Choosing one
// narrows the notice list to it; 全部快讯 shows every notice again.
import type { StoredBulletin } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { Icon } from '../../ui/index.ts';
import { bulletinFiles, bulletinFormats, bulletinTitle } from './bulletin-label.ts';

type BulletinListProps = {
  bulletins: readonly StoredBulletin[];
  selected: number | null;
  totalNotices: number;
  onSelect: (id: number | null) => void;
};

export function BulletinList({ bulletins, selected, totalNotices, onSelect }: BulletinListProps) {
  return (
    <section className="rail-section bulletin-section" aria-label={zh.library.bulletinsLabel}>
      <h2 className="section-title rail-heading">{zh.library.bulletins}</h2>
      <ul className="bulletin-list">
        <li>
          <button type="button" className={selected === null ? 'bulletin-item selected' : 'bulletin-item'} aria-pressed={selected === null} onClick={() => onSelect(null)}>
            <Icon name="library" size={14} />
            <span className="bulletin-issue">{zh.library.allBulletins}</span>
            <span className="bulletin-count">{zh.library.bulletinNotices(totalNotices)}</span>
          </button>
        </li>
        {bulletins.map((bulletin) => (
          <li key={bulletin.id}>
            <button
              type="button"
              className={selected === bulletin.id ? 'bulletin-item selected' : 'bulletin-item'}
              aria-pressed={selected === bulletin.id}
              title={zh.library.bulletinFiles(bulletinFiles(bulletin).map((file) => file.fileName))}
              onClick={() => onSelect(selected === bulletin.id ? null : bulletin.id)}
            >
              <Icon name="file" size={14} />
              <span className="bulletin-text">
                <span className="bulletin-issue">{bulletinTitle(bulletin)}</span>
                <span className="bulletin-meta">
                  {bulletin.newestNoticeDate ?? zh.common.none}
                  {bulletin.publisher ? ` · ${bulletin.publisher}` : ''}
                </span>
                <span className="bulletin-meta bulletin-formats" data-testid="bulletin-formats">
                  {bulletinFormats(bulletin)}
                </span>
              </span>
              <span className="bulletin-count">{zh.library.bulletinNotices(bulletin.noticeIds.length)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

