// The strip at the foot of the window: how much is in the library, whether the browser
// keeps it safe, and what the search index and the import are doing.
import { useLiveQuery } from 'dexie-react-hooks';
import { zh } from '../platform/i18n/index.ts';
import { countBulletins, countNotices } from '../data/library/index.ts';
import { Icon } from '../ui/index.ts';
import { useLibrary, useAppStatus, type IndexStatus } from '../core/index.ts';
import { useImport } from '../features/import/index.ts';

export function StatusBar() {
  const db = useLibrary();
  const notices = useLiveQuery(() => countNotices(db), [db]);
  const bulletins = useLiveQuery(() => countBulletins(db), [db]);
  const persistence = useAppStatus((state) => state.persistence);
  const index = useAppStatus((state) => state.index);
  const importing = useImport((state) => (state.running ? state.overall : null));

  return (
    <footer className="statusbar" aria-label={zh.status.label}>
      <span className="statusbar-item" data-testid="status-notices">
        <Icon name="database" size={12} />
        {zh.status.notices(notices ?? 0)}
      </span>
      <span className="statusbar-item">{zh.status.bulletins(bulletins ?? 0)}</span>
      {importing !== null ? (
        <span className="statusbar-item">
          <span className="status-dot busy" />
          {zh.status.importing(importing)}
        </span>
      ) : null}
      <span className="statusbar-spacer" />
      <span className="statusbar-item">
        <span className={`status-dot ${indexDot(index)}`} />
        {indexText(index)}
      </span>
      <span className="statusbar-item" data-testid="status-storage">
        {/* A browser that keeps no promise is a quiet note, not a warning: 设置 says more. */}
        <span className={`status-dot ${persistence === 'persisted' || persistence === 'app-data' ? 'ok' : ''}`} />
        {zh.status.storage[persistence]}
      </span>
    </footer>
  );
}

function indexDot(index: IndexStatus): string {
  if (index.state === 'ready') return 'ok';
  if (index.state === 'failed') return 'warn';
  return 'busy';
}

function indexText(index: IndexStatus): string {
  switch (index.state) {
    case 'loading':
      return zh.status.index.loading;
    case 'building':
      return zh.status.index.building(index.done, index.total);
    case 'ready':
      return zh.status.index.ready;
    case 'failed':
      return zh.status.index.failed;
  }
}
