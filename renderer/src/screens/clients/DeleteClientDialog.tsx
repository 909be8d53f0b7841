// Asks before a client is deleted, and says what goes with it: its tags and its
// briefing history. The notices stay in the library.
import type { Client } from '../../../../shared/model/library.ts';
import { zh } from '../../../i18n/zh-CN.ts';
import { deleteClient } from '../../../library/index.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useLibrary } from '../../services/library-context.tsx';
import { toast } from '../../stores/toasts.ts';

type DeleteClientDialogProps = { client: Client; tagged: number; briefings: number; onClose: () => void };

export function DeleteClientDialog({ client, tagged, briefings, onClose }: DeleteClientDialogProps) {
  const db = useLibrary();
  return (
    <ConfirmDialog
      title={zh.clients.delete.title(client.name)}
      confirmLabel={zh.clients.delete.confirm}
      onClose={onClose}
      onConfirm={async () => {
        await deleteClient(db, client.id);
        toast('success', zh.clients.delete.done(client.name));
      }}
    >
      <p>{zh.clients.delete.body(tagged, briefings)}</p>
      <p className="confirm-file">{zh.clients.delete.noticesKept}</p>
    </ConfirmDialog>
  );
}
