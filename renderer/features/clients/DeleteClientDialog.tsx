// Asks before a client is deleted, and says what goes with it: its tags and its
// briefing history. The notices stay in the library.
import type { Client } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { deleteClient } from '../../data/library/index.ts';
import { ConfirmDialog } from '../../ui/index.ts';
import { useLibrary, toast } from '../../core/index.ts';

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
