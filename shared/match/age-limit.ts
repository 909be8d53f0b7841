// How old an applicant must be, where the conditions say: 成立满3年 / 注册3年以上 / 实际运营3年以上 (at
// least), 成立不超过5年 / 成立5年以内 (at most). Matching compares it with a client's
// founded year.
import type { Evidence, Sentence } from './evidence.ts';
import { evidenceAt } from './evidence.ts';

export type AgeLimit = { minYears: number | null; maxYears: number | null; evidence: Evidence };

const NUMBER = '(\\d+|[一二三四五六七八九十])';
// 注册登记并实际运营3年以上 / 正常经营2年以上: a few words may stand between, never a comma.
const AT_LEAST = new RegExp(`(?:成立|注册)(?:时间)?(?:满|已满|超过|不少于|不低于)${NUMBER}(?:个)?(?:周)?年|(?:成立|注册|运营|经营)[^，。；,;\\d]{0,12}?${NUMBER}(?:个)?(?:周)?年(?:及)?以上`);
const AT_MOST = new RegExp(`(?:成立|注册)(?:时间)?(?:不超过|不满|未满|少于|在)${NUMBER}(?:个)?(?:周)?年(?:以内|内)?`);
const CHINESE = '一二三四五六七八九十';

function toNumber(text: string | undefined): number | null {
  if (!text) return null;
  const digit = CHINESE.indexOf(text);
  return digit >= 0 ? digit + 1 : Number(text);
}

/** The first age limit in `sentences` (body only), or null. */
export function findAgeLimit(sentences: readonly Sentence[]): AgeLimit | null {
  for (const sentence of sentences) {
    if (typeof sentence.place !== 'number' || !/成立|注册|运营|经营/.test(sentence.full)) continue;
    // 含成立不足三年 is an allowance inside another rule, not a limit.
    if (/含成立不足/.test(sentence.full)) continue;
    const most = AT_MOST.exec(sentence.full);
    if (most) return { minYears: null, maxYears: toNumber(most[1]), evidence: evidenceAt(sentence, most.index, most[0].length) };
    const least = AT_LEAST.exec(sentence.full);
    if (least) return { minYears: toNumber(least[1] ?? least[2]), maxYears: null, evidence: evidenceAt(sentence, least.index, least[0].length) };
  }
  return null;
}
