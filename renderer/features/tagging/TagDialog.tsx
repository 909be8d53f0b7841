// 关联客户: tags one or several notices to one or several clients, with a note and a
// relevance. Clients that already carry all these notices are shown as such; a client
// that is not in the list yet can be added here by name.
import type { ClientId, NoticeId } from '../../../shared/model/ids.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { Relevance } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { listClients, tagsOfNotices } from '../../data/library/index.ts';
import { Button, Dialog, RelevancePicker } from '../../ui/index.ts';
import { useLibrary, reportError } from '../../core/index.ts';
import { tagToClients } from './tag-actions.ts';
import { ClientChoices } from './ClientChoices.tsx';
import { QuickAddClient } from './QuickAddClient.tsx';

type TagDialogProps = {
  noticeIds: readonly NoticeId[];
  /** The notice's title when there is one notice (said in the dialog). */
  noticeTitle?: string;
  onClose: () => void;
  onTagged?: () => void;
};

export function TagDialog({ noticeIds, noticeTitle, onClose, onTagged }: TagDialogProps) {
  const db = useLibrary();
  const clients = useLiveQuery(() => listClients(db), [db]);
  const tagged = useLiveQuery(async () => taggedCounts(await tagsOfNotices(db, noticeIds)), [db, noticeIds.join(',')]);
  const [chosen, setChosen] = useState<ReadonlySet<ClientId>>(new Set());
  const [note, setNote] = useState('');
  const [relevance, setRelevance] = useState<Relevance>('medium');
  const [saving, setSaving] = useState(false);
  const noteId = useId();

  const picked = (clients ?? []).filter((client) => chosen.has(client.id));
  const submit = () => {
    if (picked.length === 0 || saving) return;
    setSaving(true);
    tagToClients(db, { clients: picked, noticeIds, note: note.trim(), relevance }).then(
      () => {
        onTagged?.();
        onClose();
      },
      (error: unknown) => {
        setSaving(false);
        reportError(error);
      },
    );
  };

  const toggle = (id: ClientId) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };

  return (
    <Dialog
      title={zh.tagging.title}
      size="lg"
      onClose={onClose}
      footer={
        <>
          <span className="dialog-footer-note muted">{picked.length > 0 ? zh.tagging.willTag(noticeIds.length, picked.length) : zh.tagging.chooseClient}</span>
          <Button onClick={onClose}>{zh.common.cancel}</Button>
          <Button variant="primary" icon="tag" disabled={picked.length === 0 || saving} onClick={submit}>
            {zh.tagging.tag}
          </Button>
        </>
      }
    >
      <div className="tag-dialog">
        <p className="tag-dialog-subject">{noticeTitle && noticeIds.length === 1 ? noticeTitle : zh.tagging.subjectMany(noticeIds.length)}</p>
        {clients === undefined || tagged === undefined ? (
          <div className="screen-loading" aria-busy="true" />
        ) : (
          <>
            <ClientChoices clients={clients} noticeCount={noticeIds.length} tagged={tagged} chosen={chosen} onToggle={toggle} />
            <QuickAddClient clients={clients} onAdded={(client) => setChosen(new Set([...chosen, client.id]))} />
          </>
        )}
        <div className="tag-dialog-fields">
          <RelevancePicker label={zh.tagging.relevance} value={relevance} onChange={setRelevance} />
          <div className="field tag-note">
            <label className="field-label" htmlFor={noteId}>
              {zh.tagging.note}
            </label>
            <textarea id={noteId} className="input textarea" rows={3} value={note} placeholder={zh.tagging.notePlaceholder} onChange={(event) => setNote(event.target.value)} />
          </div>
        </div>
        {noticeIds.length > 1 ? <p className="muted tag-dialog-hint">{zh.tagging.keepsExisting}</p> : null}
      </div>
    </Dialog>
  );
}

/** How many of the notices each client carries already. */
function taggedCounts(tags: readonly { clientId: ClientId }[]): Map<ClientId, number> {
  const counts = new Map<ClientId, number>();
  for (const tag of tags) counts.set(tag.clientId, (counts.get(tag.clientId) ?? 0) + 1);
  return counts;
}
