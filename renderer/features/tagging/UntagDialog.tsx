// 取消关联 for several notices: the clients any of them is tagged to, with how many each
// carries; the chosen clients lose these notices' tags (and their notes).
import type { ClientId, NoticeId } from '../../../shared/model/ids.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { zh } from '../../platform/i18n/index.ts';
import { listClients, tagsOfNotices, untagNotices } from '../../data/library/index.ts';
import { Button, Dialog } from '../../ui/index.ts';
import { useLibrary, reportError, toast } from '../../core/index.ts';

export function UntagDialog({ noticeIds, onClose }: { noticeIds: readonly NoticeId[]; onClose: () => void }) {
  const db = useLibrary();
  const carriers = useLiveQuery(async () => {
    const [tags, clients] = await Promise.all([tagsOfNotices(db, noticeIds), listClients(db)]);
    return clients
      .map((client) => ({ client, count: tags.filter((tag) => tag.clientId === client.id).length }))
      .filter((entry) => entry.count > 0);
  }, [db, noticeIds.join(',')]);
  const [chosen, setChosen] = useState<ReadonlySet<ClientId>>(new Set());
  const [busy, setBusy] = useState(false);

  const submit = () => {
    const picked = (carriers ?? []).filter((entry) => chosen.has(entry.client.id));
    if (picked.length === 0) return;
    setBusy(true);
    Promise.all(picked.map((entry) => untagNotices(db, entry.client.id, noticeIds))).then(
      (removed) => {
        toast('success', zh.tagging.untagged(removed.reduce((sum, n) => sum + n, 0), picked.map((entry) => entry.client.name)));
        onClose();
      },
      (error: unknown) => {
        setBusy(false);
        reportError(error);
      },
    );
  };

  return (
    <Dialog
      title={zh.tagging.untagManyTitle}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{zh.common.cancel}</Button>
          <Button variant="danger" icon="unlink" disabled={chosen.size === 0 || busy} onClick={submit}>
            {zh.tagging.untag}
          </Button>
        </>
      }
    >
      {carriers === undefined ? (
        <div className="screen-loading" aria-busy="true" />
      ) : carriers.length === 0 ? (
        <p className="muted">{zh.tagging.noneTagged(noticeIds.length)}</p>
      ) : (
        <fieldset className="client-choices">
          <legend className="field-label">{zh.tagging.untagFrom(noticeIds.length)}</legend>
          <ul className="client-choice-list">
            {carriers.map(({ client, count }) => (
              <li key={client.id}>
                <label className={chosen.has(client.id) ? 'client-choice checked' : 'client-choice'}>
                  <input
                    type="checkbox"
                    checked={chosen.has(client.id)}
                    onChange={() => {
                      const next = new Set(chosen);
                      if (next.has(client.id)) next.delete(client.id);
                      else next.add(client.id);
                      setChosen(next);
                    }}
                  />
                  <span className="client-choice-name">{client.name}</span>
                  <span className="chip client-choice-state">{zh.tagging.carries(count)}</span>
                </label>
              </li>
            ))}
          </ul>
          <p className="muted tag-dialog-hint">{zh.tagging.untagWarning}</p>
        </fieldset>
      )}
    </Dialog>
  );
}
