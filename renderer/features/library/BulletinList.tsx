// The imported periodical bulletins (issue number, date, notice count), newest import first, then
// one entry 单篇通知 for the files that held single notices (saved pages, Word files,
// pasted text), with how many notices they hold. Choosing one narrows the notice list
// to it; 全部快讯 shows every notice again.
import type { BulletinId } from '../../../shared/model/ids.ts';
import type { StoredBulletin } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { Icon, bulletinFiles, bulletinFormats, bulletinTitle } from '../../ui/index.ts';
import { groupBulletins, isSinglesFilter } from './bulletin-groups.ts';

type BulletinListProps = {
  bulletins: readonly StoredBulletin[];
  /** The bulletin filter: none, one bulletin, or the single-notice files (单篇通知). */
  selected: readonly BulletinId[];
  totalNotices: number;
  onSelect: (ids: readonly BulletinId[] | null) => void;
};

export function BulletinList({ bulletins, selected: filter, totalNotices, onSelect }: BulletinListProps) {
  const { periodicals, singleIds, singleNotices } = groupBulletins(bulletins);
  const singlesChosen = isSinglesFilter(filter, singleIds);
  const selected = singlesChosen || filter.length !== 1 ? null : (filter[0] ?? null);
  return (
    <section className="rail-section bulletin-section" aria-label={zh.library.bulletinsLabel}>
      <h2 className="section-title rail-heading">{zh.library.bulletins}</h2>
      <ul className="bulletin-list">
        <li>
          <button
            type="button"
            className={filter.length === 0 ? 'bulletin-item selected' : 'bulletin-item'}
            aria-pressed={filter.length === 0}
            onClick={() => onSelect(null)}
          >
            <Icon name="library" size={14} />
            <span className="bulletin-name">{zh.library.allBulletins}</span>
            <span className="bulletin-count">{zh.library.bulletinNotices(totalNotices)}</span>
          </button>
        </li>
        {periodicals.map((bulletin) => (
          <li key={bulletin.id}>
            <button
              type="button"
              className={selected === bulletin.id ? 'bulletin-item selected' : 'bulletin-item'}
              aria-pressed={selected === bulletin.id}
              title={zh.library.bulletinFiles(bulletinFiles(bulletin).map((file) => file.fileName))}
              onClick={() => onSelect(selected === bulletin.id ? null : [bulletin.id])}
            >
              <Icon name="file" size={14} />
              <span className="bulletin-text">
                <span className="bulletin-name">{bulletinTitle(bulletin)}</span>
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
        {singleIds.length > 0 ? (
          <li className="bulletin-singles">
            <button
              type="button"
              className={singlesChosen ? 'bulletin-item selected' : 'bulletin-item'}
              aria-pressed={singlesChosen}
              title={zh.library.singlesHint(singleIds.length)}
              onClick={() => onSelect(singlesChosen ? null : singleIds)}
            >
              <Icon name="file" size={14} />
              <span className="bulletin-text">
                <span className="bulletin-name">{zh.library.singles}</span>
                <span className="bulletin-meta">{zh.library.singlesMeta}</span>
              </span>
              <span className="bulletin-count">{zh.library.bulletinNotices(singleNotices)}</span>
            </button>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

