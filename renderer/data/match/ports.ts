// Where the match worker reads notices' features, clients and what is hidden from each
// client's suggestions. The service is written against this, so the bench and tests run
// it over arrays, the app over IndexedDB (library-reader.ts).
import type { ClientId, NoticeId } from '../../../shared/model/ids.ts';
import type { EngineClient, EngineNotice } from '../../../shared/match/engine.ts';
import type { NoticeFeatures } from '../../../shared/match/notice-features.ts';
import type { ChangeBatch } from '../library/index.ts';

export type MatchReader = {
  /** Brings the stored features up to the change log; returns how many it computed. */
  catchUpFeatures(): Promise<number>;
  /** The change log's newest sequence. */
  head(): Promise<number>;
  /** What the log holds after `after` (null: nothing), a batch at a time. */
  changes(after: number): Promise<ChangeBatch | null>;
  /** Every notice with its features, in pages. */
  stream(pageSize: number): AsyncIterable<EngineNotice[]>;
  /** These notices with their features (missing notices left out). */
  notices(ids: readonly NoticeId[]): Promise<EngineNotice[]>;
  /** The worded features of these notices, with their evidence, for the reasons shown. */
  explained(ids: readonly NoticeId[]): Promise<Map<NoticeId, NoticeFeatures>>;
  clients(): Promise<EngineClient[]>;
  client(id: ClientId): Promise<EngineClient | undefined>;
  /** Per client, the notices tagged to it or dismissed for it: never suggested. */
  hidden(clientIds?: readonly ClientId[]): Promise<Map<ClientId, Set<NoticeId>>>;
};
