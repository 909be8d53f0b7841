// What is in the library, whether the browser keeps it, and backup / restore.
import { useLiveQuery } from 'dexie-react-hooks';
import { zh } from '../../platform/i18n/index.ts';
import { countBulletins, countNotices } from '../../data/library/index.ts';
import { Button } from '../../ui/index.ts';
import { backupLibrary, startRestore } from './backup-actions.ts';
import { useLibrary, reportError, useAppStatus } from '../../core/index.ts';
import { useBackup } from './store.ts';

export function BackupSection() {
  const db = useLibrary();
  const notices = useLiveQuery(() => countNotices(db), [db]) ?? 0;
  const bulletins = useLiveQuery(() => countBulletins(db), [db]) ?? 0;
  const persistence = useAppStatus((state) => state.persistence);
  const busy = useBackup((state) => state.busy);
  const progress = useBackup((state) => state.progress);
  return (
    <>
      <dl className="settings-facts">
        <div>
          <dt>{zh.settings.library.title}</dt>
          <dd data-testid="settings-library-summary">{zh.settings.library.summary(bulletins, notices)}</dd>
        </div>
        <div>
          <dt>{zh.settings.library.storage}</dt>
          <dd>{zh.status.storage[persistence]}</dd>
        </div>
      </dl>
      <p className="muted settings-hint">{zh.settings.backup.hint}</p>
      <div className="settings-actions">
        <Button icon="download" variant="primary" disabled={busy !== null} onClick={() => {
            backupLibrary(db).catch(reportError);
          }}>
          {busy === 'backup' ? zh.settings.backup.backingUp : zh.settings.backup.backup}
        </Button>
        <Button icon="upload" disabled={busy !== null} onClick={() => {
            startRestore(db).catch(reportError);
          }}>
          {busy === 'restore' ? zh.settings.backup.restoring : zh.settings.backup.restore}
        </Button>
      </div>
      {busy === 'restore' && progress ? (
        <div className="restore-progress" role="status">
          {progress.stage === 'writing' ? (
            <>
              <progress max={progress.total} value={progress.rows} aria-label={zh.settings.backup.restoreProgressLabel} />
              <span>{zh.settings.backup.restoreWriting(progress.rows, progress.total)}</span>
            </>
          ) : (
            <span>{zh.settings.backup.restoreReading}</span>
          )}
        </div>
      ) : null}
    </>
  );
}
