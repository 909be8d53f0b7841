// 导出政策清单: the client's tagged notices (with the consultant's 点评) and the suggested
// ones not tagged yet, as an .xlsx a client can filter, saved through the bridge. What each
// notice offers comes from the match worker's reading of it (its benefit reason).
import type { Client, NoticeSummary } from '../../../shared/model/library.ts';
import type { MatchResult } from '../../../shared/match/score-pair.ts';
import { relevanceOf } from '../../../shared/match/score-pair.ts';
import { policyListRows, type PolicyListItem } from '../../../shared/spreadsheet/policy-list.ts';
import { zh } from '../../platform/i18n/index.ts';
import { getBridge } from '../../platform/bridge/index.ts';
import { getNoticeSummaries, type LibraryDb } from '../../data/library/index.ts';
import { policyListWorkbook } from '../../data/spreadsheet/index.ts';
import { toast, type BriefingCandidate, type Matcher } from '../../core/index.ts';
import { formatChineseDate } from '../../../shared/model/briefing.ts';

/** Suggestions listed after the tagged notices, at most. */
const SUGGESTIONS = 50;

const t = zh.clients.exportList;

/** 资金补助、奖励（最高 500 万元）, from the benefit reason; '' when the notice names none. */
function supportOf(result: MatchResult | null): string {
  const reason = result?.reasons.find((r) => r.kind === 'benefit');
  if (!reason || reason.kind !== 'benefit') return '';
  const words = reason.benefits.map((benefit) => zh.codes.benefits[benefit]).join('、');
  return reason.maxAmount ? t.supportUpTo(words, reason.maxAmount) : words;
}

/** A notice as a row of the list, with what this client's row says of it. */
function itemOf(notice: NoticeSummary, row: Pick<PolicyListItem, 'support' | 'relevance' | 'source' | 'note'>): PolicyListItem {
  const { id, title, docNumber, agencies, date, deadline, url } = notice;
  return { noticeId: id, title, docNumber, agencies, date, deadline, url, ...row };
}

export async function exportPolicyList(db: LibraryDb, matcher: Matcher, client: Client, tagged: readonly BriefingCandidate[], today: string): Promise<void> {
  const explained = await Promise.all(tagged.map(({ notice }) => matcher.call('explain', { clientId: client.id, noticeId: notice.id, today }).catch(() => null)));
  const taggedItems = tagged.map(({ notice, tag }, i) => itemOf(notice, { support: supportOf(explained[i] ?? null), relevance: tag.relevance, source: 'tagged', note: tag.note }));
  const views = await matcher.call('suggestions', { clientId: client.id, limit: SUGGESTIONS, today });
  const summaries = await getNoticeSummaries(db, views.map((view) => view.noticeId));
  const suggestedItems = views.flatMap((view, i): PolicyListItem[] => {
    const notice = summaries[i];
    // The machine's reasons are not the consultant's 点评.
    return notice ? [itemOf(notice, { support: supportOf(view.result), relevance: relevanceOf(view.score), source: 'suggested', note: '' })] : [];
  });
  const rows = policyListRows(taggedItems, suggestedItems, today);
  if (rows.length === 0) {
    toast('info', t.empty);
    return;
  }
  const day = formatChineseDate(today);
  const bytes = await policyListWorkbook(rows, { sheetName: t.sheetName, headers: t.headers, relevance: t.relevance, source: t.source, title: t.title(client.name, day) });
  const bridge = getBridge();
  const path = await bridge.saveFile({ kind: 'policyList', suggestedName: t.fileName(client.name, today), bytes });
  if (path === null) return;
  const fileName = path.split(/[\\/]/).pop() ?? path;
  toast('success', bridge.runtime === 'web' ? t.downloaded(fileName, rows.length) : t.done(fileName, rows.length));
}
