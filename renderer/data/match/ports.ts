// Where the match worker reads notices' features, clients and what is hidden from each
// client's suggestions. The service is written against this, so the bench and tests run
// it over arrays, the app over IndexedDB (library-source.ts).
import type { EngineClient, EngineNotice } from '../../../shared/policy/engine.ts';
import type { PolicyFeatures } from '../../../shared/policy/notice-features.ts';

export type MatchSource = {
  /** Computes the features a notice lacks (older libraries); returns how many it computed. */
  fillMissing(): Promise<number>;
  /** Every notice with its features, in pages. */
  stream(pageSize: number): AsyncIterable<EngineNotice[]>;
  /** These notices (missing ones left out); features they lack are computed and kept. */
  notices(ids: readonly number[]): Promise<EngineNotice[]>;
  /** These notices with their features computed again (a later import changed them). */
  recomputed(ids: readonly number[]): Promise<EngineNotice[]>;
  /** The worded features of these notices, with their evidence, for the reasons shown. */
  explained(ids: readonly number[]): Promise<Map<number, PolicyFeatures>>;
  clients(): Promise<EngineClient[]>;
  client(id: number): Promise<EngineClient | undefined>;
  /** Per client, the notices tagged to it or dismissed for it: never suggested. */
  hidden(clientIds?: readonly number[]): Promise<Map<number, Set<number>>>;
};
