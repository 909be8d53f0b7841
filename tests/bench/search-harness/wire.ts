// What the search benchmark's Node side and its page (main.ts) hand each other: the
// corpus in a compact form (each distinct body paragraph sent once, notices refer to
// them by number) and the figures the page measures.
import type { OpenReport } from '../../../renderer/data/search/index.ts';

export type WireNotice = {
  title: string;
  docNumber: string | null;
  agencies: string[];
  category: string;
  date: string | null;
  deadline: string | null;
  /** Indices into WireCorpus.paragraphs. */
  body: number[];
};

export type WireCorpus = {
  paragraphs: string[];
  notices: WireNotice[];
  /** Client companies and the notices (1-based positions in `notices`) tagged to each. */
  clients: { name: string; qualifications: string[]; notices: number[] }[];
};

/** A query and the notices (1-based positions in the corpus) that truly answer it. */
export type WireQuery = { kind: string; query: string; relevant: number[] };

export type SeedResult = { stored: number; clients: number; tags: number; ms: number };

export type QueryTimes = {
  /** Per query: the median of its timed passes, through the client (postMessage both ways). */
  ms: number[];
  /** Per query, one pass asking 10 snippets (bodies read from IndexedDB when not cached). */
  withSnippetsMs: number[];
  /** Queries with a relevant notice among their first 20 hits (a sanity check, not recall). */
  answered: number;
  /** Median of a request that does no work (status) through the client: the cost of postMessage both ways. */
  roundTripMs: number;
};

export type WorkerRun = {
  report: OpenReport;
  /** From `new Worker` to the worker answering its first message (script loaded and run). */
  bootMs: number;
  /** From `new Worker` to open() answered. */
  openMs: number;
  /** open() answered → the first query answered (its total hits in firstTotal). */
  firstQueryMs: number;
  firstTotal: number;
  /** From `new Worker` to catching up with the library done (the write queue idle). */
  idleMs: number;
  persistedBytes: number;
  queries: QueryTimes;
};
