// Building the index from the library's notices, when there is no persisted one. Two
// ways: in pages spread over page indexers (other workers, every core: how a big library
// builds), or here, in the search worker's own thread, page after page (a small library,
// no page indexers, or them failing). Either way the index is searchable while it grows.
import { compareIds, type NoticeId } from '../../../shared/model/ids.ts';
import { SearchIndex } from '../../../shared/search/index.ts';
import type { PageIndexer, SearchDocReader } from './ports.ts';

/** Notices a page indexer indexes at a time (one segment each; the index merges them at the end). */
export const INDEXER_PAGE = 2000;

/** Where the time went (ms); see OpenReport.phases. */
export type BuildPhases = { read: number; index: number; merge: number };

export type Built = {
  index: SearchIndex;
  /** Threads that computed features: the page indexers, or 1. */
  threads: number;
  phases: BuildPhases;
};

export type BuildOptions = {
  source: SearchDocReader;
  indexer?: PageIndexer | undefined;
  /** Notices per read when building here. */
  pageSize: number;
  /** Notices per page indexer page (default INDEXER_PAGE). */
  indexerPage?: number | undefined;
  /** The index being built, searchable from now on (called again if a build starts over). */
  onStart: (index: SearchIndex) => void;
  onProgress: (done: number, total: number) => void;
};

export async function buildIndex(options: BuildOptions): Promise<Built> {
  const phases: BuildPhases = { read: 0, index: 0, merge: 0 };
  const started = performance.now();
  const ids = (await options.source.noticeIds()).sort(compareIds);
  phases.read = performance.now() - started;
  const { indexer } = options;
  const page = options.indexerPage ?? INDEXER_PAGE;
  if (indexer && indexer.threads > 1 && ids.length > page) {
    try {
      return await buildInPages(options, indexer, ids, page, phases);
    } catch (error) {
      // The build goes on here; the page indexers' failure is only worth a line in the console.
      console.warn('search index: the build in several threads failed; building in this one', error);
    }
  }
  return buildHere(options, ids.length, phases);
}

/** Every page asked for at once; the indexers work through them in order, and the index adopts them in order. */
async function buildInPages(options: BuildOptions, indexer: PageIndexer, ids: readonly NoticeId[], page: number, phases: BuildPhases): Promise<Built> {
  const index = new SearchIndex();
  options.onStart(index);
  options.onProgress(0, ids.length);
  const pages: { base: number; read: ReturnType<PageIndexer['index']> }[] = [];
  for (let base = 0; base < ids.length; base += page) {
    const read = indexer.index(ids.slice(base, base + page), base);
    // A failure is met where the page is awaited; the pages after it must not go unhandled.
    read.catch(() => undefined);
    pages.push({ base, read });
  }
  index.beginBulk();
  for (const { base, read } of pages) {
    let at = performance.now();
    const { notices, segment } = await read;
    phases.read += performance.now() - at;
    at = performance.now();
    index.adopt(base, notices, segment);
    phases.index += performance.now() - at;
    options.onProgress(base + notices.length, ids.length);
  }
  const at = performance.now();
  index.endBulk();
  phases.merge = performance.now() - at;
  return { index, threads: indexer.threads, phases };
}

/** Page after page from the source; the next page is read while this one is indexed. */
async function buildHere(options: BuildOptions, total: number, phases: BuildPhases): Promise<Built> {
  const index = new SearchIndex();
  options.onStart(index);
  options.onProgress(0, total);
  let done = 0;
  index.beginBulk();
  try {
    const pages = options.source.stream(options.pageSize)[Symbol.asyncIterator]();
    let next = pages.next();
    for (;;) {
      let at = performance.now();
      const page = await next;
      phases.read += performance.now() - at;
      if (page.done) break;
      next = pages.next();
      // Should indexing this page throw, the read already asked for must not be an unhandled rejection.
      next.catch(() => undefined);
      at = performance.now();
      for (const notice of page.value) index.add(notice);
      phases.index += performance.now() - at;
      done += page.value.length;
      options.onProgress(done, total);
    }
  } finally {
    const at = performance.now();
    index.endBulk();
    phases.merge = performance.now() - at;
  }
  return { index, threads: 1, phases };
}
