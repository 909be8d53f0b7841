import type { StoredBulletin, NoticeSummary } from '../../../../shared/model/library.ts';
import { sameBulletinGroups, withSources } from '../bulletin-sources.ts';
import type { SchemaVersion } from './schema-version.ts';

// One row per bulletin issue: the same issue imported as .txt, .docx, .pdf or in another
// encoding used to add a row per file. Bulletins get the other files of their issue
// (`sources`, their hashes indexed so those bytes are recognised), and the rows older
// releases added for one issue are folded into its first: the later rows become sources
// and their notices name the first row instead. `kind` is indexed so that issues are
// counted from the index (only single-notice sources carry one).
export const v5: SchemaVersion = {
  version: 5,
  why: 'One bulletin row per issue: other files of the same issue are its sources.',
  stores: {
    bulletins: '++id, &contentHash, importedAt, newestNoticeDate, *sourceHashes, kind',
  },
  upgrade: async (tx) => {
    // Rows of this version had numeric ids (v9 made them strings); today's record types
    // describe them well enough for what this step reads and writes.
    const bulletins = tx.table<StoredBulletin, string>('bulletins');
    const notices = tx.table<NoticeSummary, string>('notices');
    const groups = sameBulletinGroups(await bulletins.toArray());
    for (const [first, ...later] of groups) {
      if (!first) continue;
      const laterIds = new Set(later.map((b) => b.id));
      await bulletins.put(later.reduce(withSources, first));
      await bulletins.bulkDelete([...laterIds]);
      await notices
        .where('sourceBulletinIds')
        .anyOf([...laterIds])
        .modify((notice) => {
          const sources = notice.sourceBulletinIds.filter((id) => !laterIds.has(id));
          notice.sourceBulletinIds = sources.includes(first.id) ? sources : [...sources, first.id];
        });
    }
  },
};
