// Asks before 取消关联 takes a tag with a note off (the note goes with it).
import type { Client } from '../../../../shared/model/library.ts';
import { zh } from '../../../i18n/zh-CN.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useLibrary } from '../../services/library-context.tsx';
import { untagOne } from '../../services/tag-actions.ts';

type UntagOneDialogProps = { client: Client; noticeId: number; noticeTitle: string; onClose: () => void };

export function UntagOneDialog({ client, noticeId, noticeTitle, onClose }: UntagOneDialogProps) {
  const db = useLibrary();
  return (
    <ConfirmDialog title={zh.tagging.untagTitle} confirmLabel={zh.tagging.untag} onConfirm={() => untagOne(db, client, noticeId)} onClose={onClose}>
      <p>{zh.tagging.untagBody(noticeTitle, client.name)}</p>
    </ConfirmDialog>
  );
}
