// The match worker's handler map (served with worker-rpc), apart from the Worker global so
// tests drive it. `atLeast` in a question: the change log's sequence the asking screen
// saw; the answer reflects at least that.
import type { ClientId, NoticeId } from '../../../shared/model/ids.ts';
import { localIsoDate } from '../../../shared/model/briefing.ts';
import type { MatchService } from './service.ts';
import type { MatchOpenReport } from './protocol.ts';

export type MakeMatchService = (library: string | undefined, today: string) => Promise<MatchService>;

const today = (): string => localIsoDate(new Date());

export function matchHandlers(make: MakeMatchService) {
  let service: Promise<MatchService> | null = null;
  let opened: Promise<{ service: MatchService; report: MatchOpenReport }> | null = null;
  const ready = (): Promise<MatchService> => (opened ? opened.then((o) => o.service) : Promise.reject(new Error('match worker not open')));
  return {
    open: (params: { library?: string }) => {
      service ??= make(params.library, today());
      const s = service;
      opened ??= s.then(async (m) => ({ service: m, report: await m.open(today()) }));
      return opened.then((o) => o.report);
    },
    suggestions: (p: { clientId: ClientId; limit: number; today: string; atLeast?: number }) => ready().then((s) => s.suggestions(p.clientId, p.limit, p.today, p.atLeast)),
    explain: (p: { clientId: ClientId; noticeId: NoticeId; today: string; atLeast?: number }) => ready().then((s) => s.explain(p.clientId, p.noticeId, p.today, p.atLeast)),
    clientsOf: (p: { noticeIds: NoticeId[]; today: string; atLeast?: number }) => ready().then((s) => s.clientsOf(p.noticeIds, p.today, p.atLeast)),
    impact: (p: { noticeIds: NoticeId[]; today: string; atLeast?: number }) => ready().then((s) => s.impact(p.noticeIds, p.today, p.atLeast)),
  };
}

export type MatchHandlers = ReturnType<typeof matchHandlers>;
