// The match area of the renderer: a Web Worker holding the MatchEngine of the library
// (every client × every notice) and its typed client. The UI starts it once:
//   const matcher = startMatchWorker();
//   matcher.follow(db.changes);
//   await matcher.call('open', {});
//   const list = await matcher.call('suggestions', { clientId, limit: 50, today });
export { MatchError, MatchWorkerClient, startMatchWorker, type MatchPort } from './client.ts';
export type { MatchImpact, MatchOpenReport, NoticeClientView, SuggestionView } from './protocol.ts';
export { MatchService } from './service.ts';
export type { MatchSource } from './ports.ts';
export { clientProfile, libraryMatchSource } from './library-source.ts';
export { createMatchHandler } from './worker-handler.ts';
