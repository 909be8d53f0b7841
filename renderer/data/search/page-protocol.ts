// Messages between the search worker and its page indexers (page.worker.ts): a page of
// notice ids in, their notices and features out (the segment's arrays transferred, not copied).
import type { IndexedPage } from './ports.ts';

export type PageRequest = {
  id: number;
  /** The IndexedDB name of the library (the app's when absent). */
  library?: string;
  ids: number[];
  base: number;
};

export type PageResponse = { id: number; ok: true; page: IndexedPage } | { id: number; ok: false; error: string };
