// The reader's 已关联客户: the clients this notice is tagged to, each with its relevance
// and note (edited in place) and 取消关联; 关联客户 tags it to more.
import type { NoticeId } from '../../../shared/model/ids.ts';
import { useState } from 'react';
import type { Assignment, Client } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { updateAssignment } from '../../data/library/index.ts';
import { Button, NoteEditor, TagRelevance } from '../../ui/index.ts';
import { useLibrary, reportError, showClient } from '../../core/index.ts';
import { untagOne, TagDialog, UntagOneDialog } from '../tagging/index.ts';

type Tag = { assignment: Assignment; client: Client };

export function ReaderClients({ noticeId, noticeTitle, tags }: { noticeId: NoticeId; noticeTitle: string; tags: readonly Tag[] }) {
  const [tagging, setTagging] = useState(false);
  return (
    <div className="reader-clients">
      {tags.length > 0 ? (
        <ul className="reader-tags">
          {tags.map((tag) => (
            <ReaderTag key={tag.assignment.id} tag={tag} noticeTitle={noticeTitle} />
          ))}
        </ul>
      ) : (
        <p className="muted">{zh.reader.noClients}</p>
      )}
      <Button size="sm" icon="tag" onClick={() => setTagging(true)}>
        {zh.tagging.tagAction}
      </Button>
      {tagging ? <TagDialog noticeIds={[noticeId]} noticeTitle={noticeTitle} onClose={() => setTagging(false)} /> : null}
    </div>
  );
}

function ReaderTag({ tag, noticeTitle }: { tag: Tag; noticeTitle: string }) {
  const db = useLibrary();
  const { assignment, client } = tag;
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="reader-tag">
      <div className="reader-tag-head">
        <button
          type="button"
          className="link-button reader-tag-client"
          aria-label={zh.tagging.openClient(client.name)}
          onClick={() => showClient(client.id)}
        >
          {client.name}
        </button>
        <Button
          size="sm"
          variant="ghost"
          icon="unlink"
          aria-label={zh.tagging.untagOne(noticeTitle, client.name)}
          onClick={() => {
            if (assignment.note === '') untagOne(db, client, assignment.noticeId).catch(reportError);
            else setConfirming(true);
          }}
        />
      </div>
      <TagRelevance assignment={assignment} label={zh.tagging.relevanceFor(client.name)} />
      <NoteEditor note={assignment.note} subject={client.name} onSave={(note) => updateAssignment(db, assignment.id, { note })} />
      {confirming ? <UntagOneDialog client={client} noticeId={assignment.noticeId} noticeTitle={noticeTitle} onClose={() => setConfirming(false)} /> : null}
    </li>
  );
}
