// The match worker's message handling, apart from the Worker global so tests drive it.
import { localIsoDate } from '../../../shared/model/briefing.ts';
import type { MatchRequest, MatchResponse } from './protocol.ts';
import type { MatchService } from './service.ts';

export type MakeMatchService = (library: string | undefined, today: string) => Promise<MatchService>;

const today = (): string => localIsoDate(new Date());

export function createMatchHandler(post: (message: MatchResponse) => void, make: MakeMatchService): (message: MatchRequest) => void {
  let service: Promise<MatchService> | null = null;
  let opened: Promise<unknown> | null = null;
  const ready = (): Promise<MatchService> => {
    if (!service || !opened) return Promise.reject(new Error('match worker not open'));
    const s = service;
    return opened.then(() => s);
  };
  const reply = (id: number, work: Promise<unknown>): void => {
    work.then(
      (result) => post({ id, ok: true, result: (result ?? null) as never }),
      (error: unknown) => post({ id, ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (message) => {
    switch (message.type) {
      case 'change':
        // Changes before opening are covered by the open's full read.
        if (opened) void ready().then((s) => s.applyChange(message.change)).catch(() => undefined);
        return;
      case 'open': {
        service ??= make(message.library, today());
        const s = service;
        opened ??= s.then((m) => m.open(today()));
        reply(message.id, opened);
        return;
      }
      case 'suggestions':
        reply(message.id, ready().then((s) => s.suggestions(message.clientId, message.limit, message.today)));
        return;
      case 'explain':
        reply(message.id, ready().then((s) => s.explain(message.clientId, message.noticeId, message.today)));
        return;
      case 'clientsOf':
        reply(message.id, ready().then((s) => s.clientsOf(message.noticeIds, message.today)));
        return;
      case 'impact':
        reply(message.id, ready().then((s) => s.impact(message.noticeIds, message.today)));
        return;
      case 'settle':
        reply(message.id, ready().then((s) => s.settle()));
        return;
    }
  };
}
