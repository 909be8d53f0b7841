// Asks before a restore replaces a library that has data: what is there now, what the
// backup holds, and that the two will not be merged.
import { zh } from '../../platform/i18n/index.ts';
import { Button, Dialog } from '../../ui/index.ts';
import { confirmRestore } from './backup-actions.ts';
import { useLibrary, reportError } from '../../core/index.ts';
import { useBackup } from './store.ts';

export function RestoreDialog() {
  const db = useLibrary();
  const pending = useBackup((state) => state.pending);
  const dismiss = useBackup((state) => state.dismiss);
  if (!pending) return null;
  const { bulletins = 0, notices = 0 } = pending.info.rowCounts;
  return (
    <Dialog
      title={zh.settings.backup.confirmTitle}
      role="alertdialog"
      onClose={dismiss}
      footer={
        <>
          <Button onClick={dismiss}>{zh.common.cancel}</Button>
          <Button variant="danger" onClick={() => {
            confirmRestore(db, pending).catch(reportError);
          }}>
            {zh.settings.backup.confirmReplace}
          </Button>
        </>
      }
    >
      <div className="confirm-body">
        <p>{zh.settings.backup.confirmBody(pending.current.bulletins, pending.current.notices)}</p>
        <p className="confirm-file">{zh.settings.backup.backupHolds(pending.fileName, bulletins, notices)}</p>
        <p className="muted">{zh.settings.backup.confirmAdvice}</p>
      </div>
    </Dialog>
  );
}
