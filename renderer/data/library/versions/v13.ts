// 采纳 used to write the suggestion's reasons into the tag's note (推荐理由：地区：北京市；…),
// so a briefing printed the machine's words as the consultant's 顾问点评. Tags now keep the
// reasons apart (`reasons`), and the note is the consultant's alone. This moves the
// reasons out of the notes 采纳 wrote; a note the consultant wrote (anything else, or
// words added after the reasons on a later line) is kept as it is.
import type { SchemaVersion } from './schema-version.ts';

/** What 采纳 wrote: this prefix, the reasons joined by ；, nothing else. */
const ADOPTED_NOTE = /^推荐理由：([^\n]*)$/u;

type TagRow = { note: string; reasons?: string[] };

export const v13: SchemaVersion = {
  version: 13,
  why: 'Tags keep the reasons 采纳 took apart from the consultant’s note: old notes that were only those reasons become `reasons`, the note empty.',
  stores: {},
  upgrade: async (tx) => {
    await tx
      .table<TagRow, string>('tags')
      .filter((tag) => ADOPTED_NOTE.test(tag.note))
      .modify((tag) => {
        const reasons = (ADOPTED_NOTE.exec(tag.note)?.[1] ?? '').split('；').filter((reason) => reason !== '');
        tag.reasons = reasons;
        tag.note = '';
      });
  },
};
