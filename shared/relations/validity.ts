// A notice's own time in force, as its text states it, and its validity today once the
// library's other notices are taken into account.
//
// 施行: 自2019年1月1日起施行, 自印发之日起施行 (the notice's date), 自发布之日起实施.
// 有效期: 有效期至2022年12月31日, 有效期3年 / 有效期为五年 (from the 施行 date), 实施期限为
// 2018-2020年 (to the end of 2020). A period counts only in a sentence about the notice
// itself (本办法, 本通知, …): 认定有效期为3年 is about a title an enterprise earns.
// A 令's or 公告's promulgation note (《…》已经…通过，现予公布，自2021年2月1日起施行) is
// about the rule it promulgates, which is the notice itself; 自公布之日起30日后施行 counts
// the days; 本公告执行至2027年12月31日 ends it.
import type { NoticeId } from '../model/ids.ts';
import type { Sentence } from '../match/evidence.ts';
import { sentencesOf } from '../match/evidence.ts';
import { CHINESE_DATE, chineseNumberValue, daysInMonth, isoDate, parseChineseDate } from '../text/chinese-date.ts';
import type { CitationRelation, Validity, ValidityEnding, ValidityFacts } from './types.ts';

const DATE = CHINESE_DATE.source;
const ITSELF = /本(?:办法|通知|通告|公告|方案|细则|规定|意见|规则|制度|指南|计划|措施|政策|决定|决议|条例|实施意见|管理办法|文件|标准|准则|章程|目录|清单|令)/;
/** A promulgation note: the rule put out is this 令 or 公告 (for its 施行 date only: 有效期三年，现予以公布 is a list's). */
const PROMULGATED = /现予(?:以)?(?:公布|发布|颁布|印发)/;
const IN_FORCE = new RegExp(`自\\s*(${DATE}|印发之日|发布之日|公布之日|下发之日|颁布之日|公告之日)\\s*起\\s*(?:(?<days>[0-9一二三四五六七八九十百]{1,4})\\s*日后)?\\s*(?:正式)?(?:施行|实施|执行|生效|试行)`, 'u');
const VALID_UNTIL = new RegExp(`有效期(?:限)?(?:为|至|到|截至|截止)(?:[^，。；]{0,12}?至)?\\s*(${DATE})`, 'u');
const VALID_YEARS = /(?:有效期|试行期|实施期)(?:限)?(?:为|是)?\s*([0-9一二三四五六七八九十两]{1,3})\s*年/u;
const VALID_SPAN = /(?:实施期限?|有效期|执行期限?|实施时间|期限)(?:为|是)?\s*(\d{4})\s*[-－—–~～至到]\s*(\d{4})\s*年/u;
const VALID_RANGE = new RegExp(`(?:有效期|执行期限?|实施期限?|试行期|执行时间|实施时间)(?:限)?(?:为|是|自|从)?\\s*(${DATE})\\s*(?:起)?\\s*[至到—－-]\\s*(${DATE})`, 'u');
const ENDS_ON = new RegExp(`(?:于|至|到)\\s*(${DATE})\\s*(?:起)?(?:废止|失效|停止执行)`, 'u');
/** 本公告执行至2027年12月31日, 实施至…, 有效至…: the last day in force. */
const RUNS_UNTIL = new RegExp(`(?:执行|实施|施行|有效|适用)(?:期限)?(?:截)?至\\s*(${DATE})`, 'u');

const NO_FACTS: ValidityFacts = { effectiveFrom: null, expiresOn: null, evidence: null };

function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const year = (y ?? 0) + years;
  const month = m ?? 1;
  // The day before the same date `years` later: 2019-01-01 + 3 years runs to 2021-12-31.
  const end = new Date(Date.UTC(year, month - 1, Math.min(d ?? 1, daysInMonth(year, month))));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}


function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The validity a notice states for itself. `date` is its 成文日期 (for 自印发之日起). */
export function findValidity(notice: { title: string; agencies: readonly string[]; body: readonly string[]; date: string | null }): ValidityFacts {
  let effectiveFrom: string | null = null;
  let expiresOn: string | null = null;
  let years: number | null = null;
  const evidence: Sentence[] = [];
  for (const sentence of sentencesOf(notice)) {
    if (typeof sentence.place !== 'number') continue;
    const text = sentence.full;
    if (!/施行|实施|执行|生效|有效期|试行|废止|失效|期限/.test(text)) continue;
    const aboutItself = ITSELF.test(text);
    const inForce = IN_FORCE.exec(text);
    // 自…起施行 in a sentence about something else (a form, a fee) is rare; without 本…,
    // only a sentence that is nothing else (第二十条 自2019年1月1日起施行。) counts.
    if (inForce && effectiveFrom === null && (aboutItself || PROMULGATED.test(text) || text.length < 40)) {
      const from = inForce[1] ?? '';
      const start = from.includes('年') ? parseChineseDate(from) : notice.date;
      const days = inForce.groups?.['days'] ? chineseNumberValue(inForce.groups['days']) : null;
      effectiveFrom = start !== null && days !== null ? addDays(start, days) : start;
      if (effectiveFrom !== null) evidence.push(sentence);
    }
    if (!aboutItself) continue;
    const range = VALID_RANGE.exec(text);
    if (range?.[1] && range[5] && expiresOn === null) {
      effectiveFrom ??= parseChineseDate(range[1]);
      expiresOn = parseChineseDate(range[5]);
      if (!evidence.includes(sentence)) evidence.push(sentence);
      continue;
    }
    const until = VALID_UNTIL.exec(text) ?? ENDS_ON.exec(text) ?? RUNS_UNTIL.exec(text);
    if (until?.[1] && expiresOn === null) {
      expiresOn = parseChineseDate(until[1]);
      if (expiresOn !== null && !evidence.includes(sentence)) evidence.push(sentence);
      continue;
    }
    const span = VALID_SPAN.exec(text);
    if (span && expiresOn === null) {
      const last = Number(span[2]);
      if (last >= 1949 && last <= 2100 && last >= Number(span[1])) {
        expiresOn = isoDate(last, 12, 31);
        if (!evidence.includes(sentence)) evidence.push(sentence);
      }
      continue;
    }
    const period = VALID_YEARS.exec(text);
    if (period?.[1] && years === null && expiresOn === null) {
      const value = chineseNumberValue(period[1]);
      if (value !== null && value > 0 && value <= 50) {
        years = value;
        if (!evidence.includes(sentence)) evidence.push(sentence);
      }
    }
  }
  if (expiresOn === null && years !== null) {
    const start = effectiveFrom ?? notice.date;
    if (start !== null) expiresOn = addYears(start, years);
  }
  if (effectiveFrom === null && expiresOn === null) return NO_FACTS;
  return { effectiveFrom, expiresOn, evidence: evidence.map((s) => s.text).join(' ') || null };
}

/** A notice of the library that repealed, replaced or amended another. */
export type Ender = {
  id: NoticeId;
  title: string;
  docNumber: string | null;
  relation: CitationRelation;
  /** When the ending takes effect: the ender's 施行 date, else its date. */
  from: string | null;
};

function ending(ender: Ender): ValidityEnding {
  return { title: ender.title, docNumber: ender.docNumber, relation: ender.relation, from: ender.from };
}

/**
 * The validity today: ended by a library notice (repealed for 废止 and 代替, amended), past
 * its 有效期 (expired), stated in force (in-force), or unknown. An ending that takes effect
 * after today does not end it yet. The reason is data; the UI and the command line word it.
 */
export function validityOf(facts: ValidityFacts, enders: readonly Ender[], today: string): Validity {
  const effective = enders.filter((e) => e.from === null || e.from <= today);
  const repeal = effective.find((e) => e.relation === 'repeals' || e.relation === 'replaces');
  const amend = effective.find((e) => e.relation === 'amends');
  const ender = repeal ?? amend;
  if (ender) {
    return {
      status: repeal ? 'repealed' : 'amended',
      reason: { kind: 'ended', by: ending(ender) },
      endedBy: { id: ender.id, title: ender.title, relation: ender.relation },
    };
  }
  if (facts.expiresOn !== null && facts.expiresOn < today) return { status: 'expired', reason: { kind: 'expired', expiresOn: facts.expiresOn } };
  const pending = enders.find((e) => e.from !== null && e.from > today);
  if (facts.effectiveFrom !== null || facts.expiresOn !== null) {
    return {
      status: 'in-force',
      reason: {
        kind: 'stated',
        effectiveFrom: facts.effectiveFrom,
        notYetInForce: facts.effectiveFrom !== null && facts.effectiveFrom > today,
        expiresOn: facts.expiresOn,
        pending: pending ? ending(pending) : null,
      },
    };
  }
  if (pending) return { status: 'unknown', reason: { kind: 'pending', pending: ending(pending) } };
  return { status: 'unknown', reason: { kind: 'unstated' } };
}

/** Repealed, amended and expired: the 时效性 filter's 已废止或失效. */
export function hasEnded(validity: Validity): boolean {
  return validity.status === 'repealed' || validity.status === 'amended' || validity.status === 'expired';
}

function dayAfter(iso: string): string {
  const next = new Date(`${iso}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The earliest date (YYYY-MM-DD) from which a notice has ended, or null; as validityOf judges it. */
export function endedSince(facts: ValidityFacts, enders: readonly Ender[]): string | null {
  let since: string | null = facts.expiresOn === null ? null : dayAfter(facts.expiresOn);
  for (const ender of enders) {
    // An ending of unknown date has always been in effect.
    const from = ender.from ?? '0001-01-01';
    if (since === null || from < since) since = from;
  }
  return since;
}
