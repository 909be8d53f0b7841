// The reader's 已关联客户: the clients this notice is tagged to, each with its relevance
// and note (edited in place) and 取消关联; 关联客户 tags it to more.
import type { NoticeId } from '../../../shared/model/ids.ts';
import { useState } from 'react';
import type { Client, Tag } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { updateTag } from '../../data/library/index.ts';
import { Button, NoteEditor, TagRelevance } from '../../ui/index.ts';
import { useLibrary, reportError, showClient } from '../../core/index.ts';
import { untagOne, TagDialog, UntagOneDialog } from '../tagging/index.ts';

/** A tag of this notice with the client it names. */
type ClientTag = { tag: Tag; client: Client };

export function ReaderClients({ noticeId, noticeTitle, tags }: { noticeId: NoticeId; noticeTitle: string; tags: readonly ClientTag[] }) {
  const [tagging, setTagging] = useState(false);
  return (
    <div className="reader-clients">
      {tags.length > 0 ? (
        <ul className="reader-tags">
          {tags.map((entry) => (
            <ReaderTag key={entry.tag.id} entry={entry} noticeTitle={noticeTitle} />
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

function ReaderTag({ entry, noticeTitle }: { entry: ClientTag; noticeTitle: string }) {
  const db = useLibrary();
  const { tag, client } = entry;
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
            if (tag.note === '') untagOne(db, client, tag.noticeId).catch(reportError);
            else setConfirming(true);
          }}
        />
      </div>
      <TagRelevance tag={tag} label={zh.tagging.relevanceFor(client.name)} />
      <NoteEditor note={tag.note} subject={client.name} onSave={(note) => updateTag(db, tag.id, { note })} />
      {confirming ? <UntagOneDialog client={client} noticeId={tag.noticeId} noticeTitle={noticeTitle} onClose={() => setConfirming(false)} /> : null}
    </li>
  );
}
