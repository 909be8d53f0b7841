// The search worker's handler map (served with worker-rpc), apart from the Worker global
// so tests drive it directly.
import type { SearchRequest } from '../../../shared/search/index.ts';
import type { CallContext } from '../../platform/worker-rpc/index.ts';
import type { SearchService } from './service.ts';
import type { SearchProgress, SearchStatus } from './protocol.ts';
import { SearchError } from './errors.ts';

export type MakeService = (library: string | undefined, onProgress: (progress: SearchProgress) => void) => Promise<SearchService>;

export type SearchParams = {
  request: SearchRequest;
  /** How many of the first hits get a body snippet. */
  snippets: number;
  /** The change log's sequence the asking screen saw: the answer reflects at least that. */
  atLeast?: number;
};

export function searchHandlers(makeService: MakeService, onProgress: (progress: SearchProgress) => void) {
  let service: Promise<SearchService> | null = null;
  const opened = (): Promise<SearchService> => service ?? Promise.reject(new SearchError({ code: 'not-open' }));
  return {
    /** Opens the library's index (`library`: the IndexedDB name, for tests). */
    open: (params: { library?: string }) => {
      service ??= makeService(params.library, onProgress);
      return service.then((s) => s.open());
    },
    /** Null when the caller cancelled it before bodies were read. */
    search: (params: SearchParams, call: CallContext) => opened().then((s) => s.search(params.request, params.snippets, call.isCancelled, params.atLeast ?? 0)),
    rebuild: (_params: Record<string, never>) => opened().then((s) => s.rebuild()),
    status: (_params: Record<string, never>): Promise<SearchStatus> => (service ? service.then((s) => s.status()) : Promise.resolve({ state: 'closed', documents: 0 })),
    /** Saves the index now (before the window closes). */
    save: (_params: Record<string, never>) => opened().then((s) => s.saveNow()).then(() => null),
  };
}

export type SearchHandlers = ReturnType<typeof searchHandlers>;
