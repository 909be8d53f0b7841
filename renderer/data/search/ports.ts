// Where the search worker gets its notices and keeps its index: two small interfaces.
// The service is written against them, so tests run it over plain arrays as well as over
// IndexedDB (library-reader.ts implements them over renderer/data/library).
import type { NoticeId } from '../../../shared/model/ids.ts';
import type { SearchIndexRecord } from '../../../shared/model/library.ts';
import type { SearchClient, SearchDoc, SearchTag, Segment } from '../../../shared/search/index.ts';
import type { ChangeBatch } from '../library/index.ts';

export type { ChangeBatch };

/** A notice to index, with the time it last changed in the library (ISO 8601). */
export type SearchNotice = SearchDoc & { updatedAt: string };

export type SearchDocReader = {
  /** Every notice id in the library. */
  noticeIds(): Promise<NoticeId[]>;
  /** The change log's newest sequence. */
  head(): Promise<number>;
  /** What the log holds after `after` (null: nothing), a batch at a time. */
  changes(after: number): Promise<ChangeBatch | null>;
  /** Every notice with its body, in pages. */
  stream(pageSize: number): AsyncIterable<SearchNotice[]>;
  /** The notices with these ids (missing ones left out). */
  notices(ids: readonly NoticeId[]): Promise<SearchNotice[]>;
  /** The bodies of these notices by id (for snippets). */
  bodies(ids: readonly NoticeId[]): Promise<Map<NoticeId, string[]>>;
  clients(): Promise<SearchClient[]>;
  tags(): Promise<SearchTag[]>;
};

export type IndexStore = {
  load(): Promise<SearchIndexRecord | undefined>;
  /** Saves the index that reflects the log up to `seq` (never over one saved at a later sequence). */
  save(record: SearchIndexRecord, seq: number): Promise<void>;
};

/** A page of notices indexed in another thread (see PageBuilder in shared/search). */
export type IndexedPage = {
  /** The notices asked for, in order, bodies left out; null where one was gone. */
  notices: (SearchNotice | null)[];
  /** Their features at ordinals base, base + 1, …. */
  segment: Segment;
};

/** Indexes pages of notices in other threads, several at once: a build on every core. */
export type PageIndexer = {
  /** How many pages it indexes at the same time. */
  readonly threads: number;
  /** Indexes the notices with these ids (ascending) at ordinals base, base + 1, …. */
  index(ids: readonly NoticeId[], base: number): Promise<IndexedPage>;
};

/** The key of the notices' index in the library's searchIndex table. */
export const INDEX_KEY = 'notices';
