// The match area of the renderer: a Web Worker holding the MatchEngine of the library
// (every client × every notice) and its typed client. The worker follows the library's
// change log itself. The UI starts it once:
//   const matcher = startMatchWorker();
//   await matcher.call('open', {});
//   const list = await matcher.call('suggestions', { clientId, limit: 50, today, atLeast: seq });
export { MatchError, matchClient, startMatchWorker, type MatchWorkerClient } from './client.ts';
export type { MatchImpact, MatchOpenReport, NoticeClientView, SuggestionView } from './protocol.ts';
export { MatchService } from './service.ts';
export type { MatchReader } from './ports.ts';
export { clientProfile, libraryMatchReader } from './library-reader.ts';
export { matchHandlers, type MatchHandlers } from './worker-handlers.ts';
