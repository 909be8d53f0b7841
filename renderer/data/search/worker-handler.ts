// The search worker's message handling, apart from the Worker global so tests drive it
// directly: requests in, answers and progress out (see protocol.ts).
import type { SearchService } from './service.ts';
import type { SearchProgress, WorkerRequest, WorkerResponse } from './protocol.ts';
import { problemOf, SearchError } from './errors.ts';

export type MakeService = (library: string | undefined, onProgress: (progress: SearchProgress) => void) => Promise<SearchService>;

/** Returns the function that handles each message posted to the worker. */
export function createWorkerHandler(post: (message: WorkerResponse) => void, makeService: MakeService): (message: WorkerRequest) => void {
  let service: Promise<SearchService> | null = null;
  // Ids of searches the client no longer wants; checked before their bodies are read.
  const cancelled = new Set<number>();

  const opened = (): Promise<SearchService> => service ?? Promise.reject(new SearchError({ code: 'not-open' }));

  const reply = (id: number, work: Promise<unknown>): void => {
    work.then(
      (result) => {
        if (result === null && cancelled.has(id)) post({ id, ok: false, error: { code: 'cancelled' }, cancelled: true });
        else post({ id, ok: true, result: (result ?? null) as never });
        cancelled.delete(id);
      },
      (error: unknown) => {
        post({ id, ok: false, error: problemOf(error) });
        cancelled.delete(id);
      },
    );
  };

  return (message) => {
    switch (message.type) {
      case 'cancel':
        cancelled.add(message.target);
        return;
      case 'change':
        // Before the index is open there is nothing to update: opening catches up anyway.
        if (service) void service.then((s) => s.applyChange(message.change)).catch(() => undefined);
        return;
      case 'open':
        service ??= makeService(message.library, (progress) => post({ type: 'progress', progress }));
        reply(message.id, service.then((s) => s.open()));
        return;
      case 'search':
        reply(message.id, opened().then((s) => s.search(message.request, message.snippets, () => cancelled.has(message.id))));
        return;
      case 'rebuild':
        reply(message.id, opened().then((s) => s.rebuild()));
        return;
      case 'status':
        reply(message.id, service ? service.then((s) => s.status()) : Promise.resolve({ state: 'closed', documents: 0 }));
        return;
      case 'flush':
        reply(message.id, opened().then((s) => s.flush()));
        return;
    }
  };
}
