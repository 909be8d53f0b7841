// 要点 as a consultant writes them for a client: whom a notice is for (支持对象 /
// 申报条件), what it gives (资金标准 / 支持内容), by when (申报时间), how to apply
// (申报方式) and whom to call (联系方式). Each point is a short extract of the notice,
// found with the same extraction 政策匹配 uses (notice-features), and keeps where it
// stands. A notice that asks for no application (a policy document) opens with its
// first substantive paragraph; so does one where none of the points are found. The
// addressee line (各有关单位：) is never a point, and a length budget keeps a notice
// to a few lines.
import { formatChineseDate, type BriefingItem } from '../model/briefing.ts';
import type { ParsedNotice } from '../model/notice.ts';
import { findApplicationMethod } from '../match/application-method.ts';
import { sentencesOf, type EvidencePlace } from '../match/evidence.ts';
import { deriveFeatures } from '../match/notice-features.ts';
import { contactLine, openingParagraph } from './content.ts';

export type PointLabel = '支持对象' | '申报条件' | '资金标准' | '支持内容' | '申报时间' | '申报方式' | '联系方式' | '内容摘要';

export type KeyPoint = {
  label: PointLabel;
  text: string;
  /** The body paragraph it comes from; null for one made of fields (a deadline, contacts). */
  place: EvidencePlace | null;
  /** Words a clipped point must keep (the amount of 资金标准). */
  focus?: string;
};

/** Characters a notice's points may take in all, one point at most, and contacts named (more: 等). */
export type PointsBudget = { total: number; perPoint: number; contacts?: number };

const CONDITIONS_FOR_WHOM = /对象|主体|范围|单位/;
// A condition paragraph's own heading: （二）申报条件。 / 一、申报资格与条件：
const HEADING_PREFIX = /^(?:第[一二三四五六七八九十百]+条|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])?\s*(?:[\u4e00-\u9fff]{2,8}[。：:．.]\s*)?/;
const ITEM_MARKER = /^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+[、.．])\s*/;
/** Points that say whom a notice is for or what it gives. */
const WHO_OR_WHAT: ReadonlySet<PointLabel> = new Set(['内容摘要', '支持对象', '申报条件', '资金标准', '支持内容']);

/** A sentence that grants something (not one that only names a benefit). */
const GRANT_SENTENCE = /给予|予以|奖补|贴息|一次性(?:奖励|补助)/;
/** 报送时间： / 受理时间： in front of a deadline sentence repeats the point's label. */
const TIME_LABEL = /^(?:网上填报|报送|申报|受理|填报|提交|推荐)?(?:受理)?时间[：:]\s*/;
/** Contacts printed in a point unless the budget says: more are in the notice. */
const CONTACTS_SHOWN = 2;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 2)).trimEnd()}……`;
}

/** `text` cut to `max` around `needle` (the amount), so clipping never cuts the number off. */
function around(text: string, needle: string, max: number): string {
  const at = text.indexOf(needle);
  if (text.length <= max || at < 0) return text;
  const start = Math.max(0, Math.min(at - Math.floor((max - needle.length) / 2), text.length - max + 2));
  const end = Math.min(text.length, start + max - 2);
  return `${start > 0 ? '…' : ''}${text.slice(start + (start > 0 ? 1 : 0), end)}${end < text.length ? '……' : ''}`;
}

/** The conditions as one line: the paragraph's own heading dropped, list items joined with ；. */
function conditionsText(body: readonly string[], paragraphs: readonly { index: number }[], heading: string): string {
  const parts = paragraphs.map(({ index }) => {
    const paragraph = (body[index] ?? '').trim();
    const withoutHeading = paragraph.includes(heading) && paragraph.indexOf(heading) < 12 ? paragraph.replace(HEADING_PREFIX, '') : paragraph;
    return withoutHeading.replace(ITEM_MARKER, '').replace(/[；;。]$/, '');
  });
  return parts.filter(Boolean).join('；');
}

/** The points of one notice, in the order a reader asks them, within the budget. */
export function noticePoints(notice: ParsedNotice, budget: PointsBudget): KeyPoint[] {
  return withinBudget(findPoints(notice, budget.contacts), budget);
}

/**
 * Every point found in the notice, whole, before any budget (`contacts`: how many to
 * name). The page fit tries several budgets on the same points: it finds them once.
 */
export function findPoints(notice: ParsedNotice, contactsShown: number = CONTACTS_SHOWN): KeyPoint[] {
  const sentences = sentencesOf(notice);
  const features = deriveFeatures(notice);
  const found: KeyPoint[] = [];
  const used = new Set<string>();
  const add = (label: PointLabel, text: string, place: EvidencePlace | null, focus?: string) => {
    const trimmed = text.trim().replace(ITEM_MARKER, '').replace(TIME_LABEL, '').replace(/^…/, '');
    // The same sentence found twice (a deadline sentence that also says where to send) is said once.
    const key = trimmed.replace(/…/g, '').slice(0, 24);
    if (trimmed === '' || used.has(key)) return;
    used.add(key);
    found.push({ label, text: trimmed, place, ...(focus ? { focus } : {}) });
  };

  if (!features.application.asks) {
    const opening = openingParagraph(notice);
    if (opening) add('内容摘要', opening.text, opening.place);
  }
  const conditions = features.conditions;
  if (conditions) {
    const label = CONDITIONS_FOR_WHOM.test(conditions.heading) ? '支持对象' : '申报条件';
    add(label, conditionsText(notice.body, conditions.paragraphs, conditions.heading), conditions.paragraphs[0]?.index ?? null);
  }
  if (features.maxAmount) add('资金标准', features.maxAmount.evidence.text, features.maxAmount.evidence.place, features.maxAmount.text);
  else if (features.application.asks) {
    // A benefit word in the title or a heading says little; a sentence that grants one does.
    const grant = features.benefits.find((b) => typeof b.evidence.place === 'number' && b.evidence.text.length >= 15 && GRANT_SENTENCE.test(b.evidence.text));
    if (grant) add('支持内容', grant.evidence.text, grant.evidence.place);
  }
  if (notice.deadline) {
    const evidence = features.application.evidence;
    const [, month, day] = notice.deadline.split('-').map(Number);
    const saysDate = evidence !== null && evidence.text.includes(`${month}月${day}日`);
    add('申报时间', saysDate ? evidence.text : `${formatChineseDate(notice.deadline)}前`, saysDate ? evidence.place : null);
  }
  if (features.application.asks) {
    const method = findApplicationMethod(sentences);
    if (method) add('申报方式', method.text, method.place);
  }
  // Nothing found on whom it is for or what it gives: the opening says what the notice is about.
  if (!found.some((point) => WHO_OR_WHAT.has(point.label))) {
    const opening = openingParagraph(notice);
    const before = found.length;
    if (opening) add('内容摘要', opening.text, opening.place);
    // Read first, as in the notice (unless it said what another point says already).
    const summary = found.length > before ? found.pop() : undefined;
    if (summary) found.unshift(summary);
  }
  const contacts = notice.contacts.slice(0, contactsShown).map(contactLine).filter(Boolean);
  if (contacts.length > 0) add('联系方式', `${contacts.join('；')}${notice.contacts.length > contactsShown ? ' 等' : ''}`, null);
  return found;
}

/**
 * When the budget runs short, what a consultant needs most stays: the money and the
 * deadline before whom it is for, before how to apply. (Printed in reading order still.)
 */
const KEEP_FIRST: readonly PointLabel[] = ['资金标准', '申报时间', '内容摘要', '支持对象', '申报条件', '支持内容', '申报方式'];

/**
 * Each point clipped to perPoint, then the budget given out in KEEP_FIRST order (a point
 * with too little room left is dropped, one with some is clipped). Contacts are names and
 * numbers, not read text: kept, and not counted.
 */
export function withinBudget(points: readonly KeyPoint[], budget: PointsBudget): KeyPoint[] {
  // A summary stands for the whole notice, so it may run longer than one point.
  const cut = (point: KeyPoint, max: number) => (point.focus ? around(point.text, point.focus, max) : clip(point.text, max));
  const clipped = points.map((point) => ({ ...point, text: cut(point, point.label === '内容摘要' ? Math.round(budget.perPoint * 1.6) : budget.perPoint) }));
  const granted = new Map<KeyPoint, string>();
  let total = 0;
  const byNeed = clipped.filter((p) => p.label !== '联系方式').sort((a, b) => KEEP_FIRST.indexOf(a.label) - KEEP_FIRST.indexOf(b.label));
  for (const point of byNeed) {
    const room = budget.total - total;
    if (room < 24) continue;
    const text = point.text.length <= room ? point.text : cut(point, room);
    granted.set(point, text);
    total += text.length;
  }
  return clipped.flatMap((point) => {
    if (point.label === '联系方式') return [point];
    const text = granted.get(point);
    return text === undefined ? [] : [{ ...point, text }];
  });
}

/** A line of 要点: a label (支持对象, 申报时间, …) and its text; a consultant's own lines have none. */
export type PointLine = { label: PointLabel | null; text: string };

/**
 * 要点: the consultant's chosen excerpt, one point per non-empty line; otherwise the
 * points found in the notice (points.ts), within the template's budget.
 */
export function keyPoints(item: BriefingItem, budget: PointsBudget, found?: readonly KeyPoint[]): { points: PointLine[]; chosen: boolean } {
  const chosen = (item.excerpt ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (chosen.length > 0) return { points: chosen.map((text) => ({ label: null, text })), chosen: true };
  const points = found ? withinBudget(found, budget) : noticePoints(item.notice, budget);
  return { points: points.map(({ label, text }) => ({ label, text })), chosen: false };
}
