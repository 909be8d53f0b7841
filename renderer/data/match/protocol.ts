// What the match worker answers (worker-handlers.ts): plain data.
import type { ClientId, NoticeId } from '../../../shared/model/ids.ts';
import type { MatchResult } from '../../../shared/match/score-pair.ts';

/** One suggested notice for a client, with its reasons (data the UI words). */
export type SuggestionView = { noticeId: NoticeId; score: number; result: MatchResult };
export type NoticeClientView = { clientId: ClientId; clientName: string; score: number };

export type MatchOpenReport = { notices: number; clients: number; computedFeatures: number; ms: number };

/** How many of some notices may concern a client, and how many clients: the import's line. */
export type MatchImpact = { notices: number; clients: number; clientIds: ClientId[] };

