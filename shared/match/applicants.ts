// Whom a notice speaks to as applicants: sentences that say who applies (申报主要面向…,
// 申报主体为…), sentences of what applicants must be or have, whether companies are among
// those it speaks to, and a 主送 of government bodies alone (a task for them, not a call).
import type { Conditions } from './conditions.ts';
import type { KindItem, NoticeText } from './notice-features.ts';

/**
 * A sentence that says who applies, outside a conditions heading: 申报主要面向…骨干企业,
 * 申报主体为…, 申报企业须…. What it names is whom the notice is for, as in the conditions.
 */
const APPLICANTS = /(申报|申请|推荐|遴选|评选)[^，。；]{0,6}面向|(申报|申请)(主体|对象)(为|是|须|应|主要|：|:)|作为申报(主体|单位)|(申报|申请)(企业|单位)(应|须|需|必须)(为|是|具备|符合)/u;

/** A body sentence about what applicants are or have, not a plan's figures (力争全省营业收入达到…). */
export function asksOfApplicants(text: string): boolean {
  return /申报|申请|企业/u.test(text) && !/力争|打造|目标|全省|全市|全区|全国|累计|预计|同比/u.test(text);
}

/** Whether a sentence says who applies (APPLICANTS). */
export function namesApplicants(text: string): boolean {
  // Every pattern holds 申 or 面向: a cheap test first, most sentences hold neither.
  return (text.includes('申') || text.includes('面向')) && APPLICANTS.test(text);
}

/** Departments told to organise others' applications: 组织符合条件的主体申报, 推荐…单位. */
const ORGANISES_APPLICANTS = /组织[^。；]{0,30}(申报|推荐|参加|填报|参评)|推荐[^。；]{0,10}(企业|单位|主体)/u;

/** A 主送 of government bodies only (各省能源局, 发展改革委). */
const GOVERNMENT_BODY = /(局|委|厅|办|政府|部门|委员会|管委会|兵团|办公室|办事处)$/u;

/**
 * A notice addressed to government bodies alone that never speaks of 企业 (报送规划备案) is
 * for those bodies: a kind of its own, whom it is for, shown by the 主送 line. `policy`: its
 * title distributes a policy (印发…行动方案), which concerns the trades it names.
 */
export function governmentAddressees(notice: NoticeText, companies: boolean, policy: boolean): KindItem[] {
  const addressees = notice.addressees ?? [];
  if (companies || addressees.length === 0 || !addressees.every((a) => GOVERNMENT_BODY.test(a.replace(/[：:，,。\s]+$/u, '')))) return [];
  // One that has them organise applicants (组织符合条件的主体申报) is a call passed down, not their own
  // task; a policy sent to them to carry out (印发…行动方案) concerns the trades it names.
  if (policy || notice.body.some((paragraph) => ORGANISES_APPLICANTS.test(paragraph))) return [];
  const line = addressees.join('，');
  const paragraph = notice.body.findIndex((p) => p.includes(addressees[0] ?? line));
  return [{ kind: 'local-government', strength: 'target', evidence: { text: line.slice(0, 90), place: paragraph >= 0 ? paragraph : 'title' } }];
}

/** Whether the title, the conditions or the body name 企业 (or applicants as 申报主体). */
export function speaksOfCompanies(notice: NoticeText, conditions: Conditions | null): boolean {
  return notice.title.includes('企业') || (conditions?.text.includes('企业') ?? false) || notice.body.some((paragraph) => paragraph.includes('企业') || APPLYING_BODIES.test(paragraph));
}

/** Applicants named without the word 企业: 申报主体, 符合条件的主体 (申报单位 is also said of institutes). */
const APPLYING_BODIES = /申报主体|符合条件的主体/u;
