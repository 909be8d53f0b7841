// Asks before 取消关联 takes a tag with a note off (the note goes with it).
import type { NoticeId } from '../../../shared/model/ids.ts';
import type { Client } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { ConfirmDialog } from '../../ui/index.ts';
import { useLibrary } from '../../core/index.ts';
import { untagOne } from './tag-actions.ts';

type UntagOneDialogProps = { client: Client; noticeId: NoticeId; noticeTitle: string; onClose: () => void };

export function UntagOneDialog({ client, noticeId, noticeTitle, onClose }: UntagOneDialogProps) {
  const db = useLibrary();
  return (
    <ConfirmDialog title={zh.tagging.untagTitle} confirmLabel={zh.tagging.untag} onConfirm={() => untagOne(db, client, noticeId)} onClose={onClose}>
      <p>{zh.tagging.untagBody(noticeTitle, client.name)}</p>
    </ConfirmDialog>
  );
}
