// What can go wrong in the search area, as data: the worker posts these across the
// thread boundary (structured clone), the client rejects with them, and the UI words
// them (renderer/platform/i18n). The error's own message is for logs, in English.
import { detailOf } from '../../../shared/error-detail.ts';

export type SearchProblem =
  | { code: 'not-open' }
  | { code: 'closed' }
  | { code: 'worker-failed'; detail: string }
  | { code: 'indexer-failed'; detail: string }
  /** Anything else the worker threw (the index, IndexedDB). */
  | { code: 'failed'; detail: string };

export class SearchError extends Error {
  override readonly name: string = 'SearchError';

  constructor(readonly problem: SearchProblem) {
    super('detail' in problem ? `search ${problem.code}: ${problem.detail}` : `search ${problem.code}`);
  }
}

/** The problem an error thrown in the worker stands for. */
export function problemOf(error: unknown): SearchProblem {
  if (error instanceof SearchError) return error.problem;
  return { code: 'failed', detail: detailOf(error) };
}
