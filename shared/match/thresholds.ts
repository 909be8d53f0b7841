// The figures an applicant must reach, where the text says: 上年度营业收入不低于1000万元,
// 研发费用占营业收入比例不低于3%, 从业人员不少于50人, 纳税额达到100万元. A client's profile
// holds none of these, so matching never excludes on them: the consultant is told to check
// each one (待核实), with the sentence it stands in.
import type { Evidence, Sentence } from './evidence.ts';
import { evidenceAt } from './evidence.ts';

export type ThresholdMeasure = 'revenue' | 'rd-share' | 'rd-spending' | 'employees' | 'tax' | 'output';

export type Threshold = {
  measure: ThresholdMeasure;
  /** The least the applicant must reach, in `unit`. */
  atLeast: number;
  unit: '万元' | '%' | '人';
  evidence: Evidence;
};

const AT_LEAST = '(?:不低于|不少于|达到|超过|高于|大于|在|达|≥|>=|>)';
const MONEY = '(\\d+(?:\\.\\d+)?)\\s*(亿元|万元|亿|万)';
const SHARE = '(\\d+(?:\\.\\d+)?)\\s*[%％]';
const PEOPLE = '(\\d+)\\s*(?:名|人)';

/** After the measure's name, a few words (no comma), then the least amount: 达到2%及以上, 500万元及以上, ≥5%. */
function leastOf(name: string, amount: string): RegExp {
  return new RegExp(`${name}([^，。；,;\\d]{0,12}?)(?:${AT_LEAST}\\s*${amount}|${amount}\\s*(?:及)?以上)`, 'u');
}

// Each measure: what it is called, then the least amount, within one clause as conditions
// print them (上年度营业收入500万元及以上, 研发投入占营业收入的比重达到2%及以上).
const PATTERNS: readonly { measure: ThresholdMeasure; pattern: RegExp; unit: Threshold['unit'] }[] = [
  { measure: 'rd-share', pattern: leastOf('(?:研发|研究开发|研究与试验发展)(?:费用|投入|经费)(?:支出|总额)?[^，。；,;\\d]{0,12}?(?:比例|比重|占比)', SHARE), unit: '%' },
  { measure: 'rd-spending', pattern: leastOf('(?:研发|研究开发)(?:费用|投入|经费)(?:总额|支出)?', MONEY), unit: '万元' },
  { measure: 'revenue', pattern: leastOf('(?:营业收入|主营业务收入|销售收入|营收|销售额)(?:总额)?', MONEY), unit: '万元' },
  { measure: 'output', pattern: leastOf('(?:工业总产值|产值)', MONEY), unit: '万元' },
  { measure: 'tax', pattern: leastOf('(?:纳税额|纳税总额|缴纳税收|税收贡献|实缴税金)', MONEY), unit: '万元' },
  { measure: 'employees', pattern: leastOf('(?:从业人员|职工|员工|在职人员)(?:总数|人数)?', PEOPLE), unit: '人' },
];

/** Words between the name and the amount that make it a ceiling or a shortfall, not a least amount (未达500万元, 占…比重). */
const NOT_LEAST = /未|不足|不超过|低于|以下|少于|增长|增速/u;

/** Cheap test before the patterns: a sentence that names no figure names no threshold. */
const HINT = /元|%|％|人/u;

function wan(value: number, unit: string | undefined): number {
  return unit === '亿元' || unit === '亿' ? value * 10_000 : value;
}

/**
 * The first threshold of each measure in the sentences that say whom a notice is for (its
 * conditions, 申报企业须…): a body sentence of statistics (全省营业收入达到5万亿元) is no condition.
 */
export function findThresholds(eligibility: readonly Sentence[]): Threshold[] {
  const found = new Map<ThresholdMeasure, Threshold>();
  for (const sentence of eligibility) {
    if (typeof sentence.place !== 'number' || !HINT.test(sentence.full)) continue;
    for (const { measure, pattern, unit } of PATTERNS) {
      if (found.has(measure)) continue;
      const match = pattern.exec(sentence.full);
      if (!match || NOT_LEAST.test(match[1] ?? '')) continue;
      // The amount (and its scale) is in the first or the second alternative of leastOf.
      const [digits, scale] = match.slice(2).filter((group): group is string => group !== undefined);
      const value = Number(digits);
      if (!Number.isFinite(value) || value <= 0) continue;
      found.set(measure, { measure, atLeast: unit === '万元' ? wan(value, scale) : value, unit, evidence: evidenceAt(sentence, match.index, match[0].length) });
    }
  }
  return PATTERNS.flatMap(({ measure }) => {
    const threshold = found.get(measure);
    return threshold ? [threshold] : [];
  });
}
