// Messages between the match client (UI thread) and the match worker: plain data.
import type { LibraryChange } from '../library/index.ts';
import type { MatchResult } from '../../../shared/policy/match.ts';

/** One suggested notice for a client, with the worded reasons. */
export type SuggestionView = { noticeId: number; score: number; result: MatchResult };
export type NoticeClientView = { clientId: number; clientName: string; score: number };

export type MatchOpenReport = { notices: number; clients: number; computedFeatures: number; ms: number };

/** How many of some notices may concern a client, and how many clients: the import's line. */
export type MatchImpact = { notices: number; clients: number; clientIds: number[] };

export type MatchCalls = {
  open: { params: { library?: string }; result: MatchOpenReport };
  suggestions: { params: { clientId: number; limit: number; today: string }; result: SuggestionView[] };
  explain: { params: { clientId: number; noticeId: number; today: string }; result: MatchResult | null };
  clientsOf: { params: { noticeIds: number[]; today: string }; result: Record<number, NoticeClientView[]> };
  impact: { params: { noticeIds: number[]; today: string }; result: MatchImpact };
  /** Resolves once every change sent before it has been applied. */
  settle: { params: Record<string, never>; result: null };
};

export type MatchCallType = keyof MatchCalls;

export type MatchRequest =
  | { [K in MatchCallType]: { id: number; type: K } & MatchCalls[K]['params'] }[MatchCallType]
  | { type: 'change'; change: LibraryChange };

export type MatchResponse = { id: number; ok: true; result: MatchCalls[MatchCallType]['result'] } | { id: number; ok: false; error: string };
