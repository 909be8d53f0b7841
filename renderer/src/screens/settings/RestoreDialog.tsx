// Asks before a restore replaces a library that has data: what is there now, what the
// backup holds, and that the two will not be merged.
import { zh } from '../../../i18n/zh-CN.ts';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { confirmRestore } from '../../services/backup-actions.ts';
import { useLibrary } from '../../services/library-context.tsx';
import { reportError } from '../../services/report-error.ts';
import { useBackup } from '../../stores/backup.ts';

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
