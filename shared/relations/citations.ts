// Every document a notice cites: each 《title》 with the 文号 printed with it, each bare
// 文号, each law named in 《》, with the relation the text names and the sentence it is
// in. The notice's own title counts too: 关于印发《X》的通知 issues X, 关于废止《X》的决定
// repeals it.
//
// Not citations: the short names a notice gives (以下简称《申报表》) and uses later, the
// forms and reports it asks for (《…申报表》（见附件1）, 《…评价报告》).
import { sentencesOf } from '../policy/evidence.ts';
import { stripSpaces } from '../text/normalize.ts';
import { bracketedTitles } from './bracketed-titles.ts';
import { citationKeysOf, foldTitle, issuedDocumentOf, lawNameOf, ownKeysOf } from './reference-keys.ts';
import { clauseAfter, clauseBefore, publishesResults, relationAround, relationOfTitle } from './relation-words.ts';
import type { Citation, CitationRelation } from './types.ts';

export type CitingNotice = { title: string; docNumber: string | null; agencies: readonly string[]; body: readonly string[] };

const YEAR_NUMBER = '[〔［【（(\\[]\\s*(\\d{4})\\s*[〕］】）)\\]]\\s*\\d{1,6}\\s*号';
// 国家发展改革委令第29号 and 国家税务总局公告2019年第5号 have no bracketed year.
const DOC_NUMBER = `[\\u4e00-\\u9fff]{1,16}\\s*(?:${YEAR_NUMBER}|(?:\\d{4}\\s*年\\s*)?第\\s*\\d{1,6}\\s*号)`;
// Right after the title: （鲁财工〔2017〕52号）, also after 的通知 (《…指南》的通知（…号）).
const NUMBER_AFTER = new RegExp(`^\\s*(?:的通知)?\\s*[（(]\\s*(${DOC_NUMBER})\\s*[）)]`, 'u');
// Inside the title at its end: 《关于印发…的通知（皖经信节能函〔2017〕124号）》.
const NUMBER_INSIDE = new RegExp(`[（(]\\s*(${DOC_NUMBER})\\s*[）)]$`, 'u');
const BARE_NUMBER = new RegExp(YEAR_NUMBER, 'gu');
const MAX_PREFIX = 16;
// Words that can stand right before a cited 文号 without being part of it.
const LEADING_WORDS = /^(?:根据|按照|依据|依照|参照|对照|执行|落实|贯彻|印发|转发|详见|见|和|及|与|或|以及|即|是|为|的|于|据|原)+/;
// 以下简称《申报表》: a short name, not a document.
const ALIAS_BEFORE = /(?:以下简称|下称|简称)$/;
// 《…申报表》（见附件1）: one of the notice's own attachments.
const ATTACHMENT_AFTER = /^\s*[（(]\s*(?:见|详见)?附件/;
// Forms and reports an applicant fills in, not documents in force.
const FORM_TITLE = /(?:表|申请书|申报书|任务书|承诺书|报告书|评价报告|申请报告|大纲|模板|格式)$/;

function plausibleYear(year: string | undefined): boolean {
  if (year === undefined) return true; // 令第29号: no year printed
  const y = Number(year);
  return y >= 1949 && y <= 2100;
}

function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** The agency abbreviation before a bare 文号's bracket. */
function prefixBefore(text: string, from: number, end: number): string {
  let start = end;
  while (start > from && text.charAt(start - 1) === ' ') start--;
  const stop = start;
  while (start > from && stop - start < MAX_PREFIX && isIdeograph(text.charCodeAt(start - 1))) start--;
  return text.slice(start, stop).replace(LEADING_WORDS, '');
}

class CitationList {
  readonly items: Citation[] = [];
  private readonly byKey = new Map<string, Citation>();

  private readonly ownKeys: ReadonlySet<string>;

  constructor(
    ownKeys: readonly string[],
    /** The notice's own 文号 and whole title: printed in its body, they are not citations. */
    private readonly ownNames: ReadonlySet<string>,
  ) {
    this.ownKeys = new Set(ownKeys);
  }

  add(title: string | null, docNumber: string | null, relation: CitationRelation | null, evidence: string): void {
    const keys = citationKeysOf(title, docNumber);
    if (keys.length === 0) return;
    const same = keys.map((key) => this.byKey.get(key)).find((c) => c !== undefined);
    if (same) {
      // Printed again (in a later article, in the attachments): one citation, the fuller.
      if (same.docNumber === null && docNumber !== null) same.docNumber = docNumber;
      if (same.title === null && title !== null) same.title = title;
      if (same.relation === null && relation !== null) same.relation = relation;
      same.keys = citationKeysOf(same.title, same.docNumber);
      for (const key of same.keys) this.byKey.set(key, same);
      return;
    }
    // The notice's own 文号 or title printed in its body is not a citation — except the
    // document it issues (印发), which is one.
    if (relation !== '印发' && keys.some((key) => this.ownNames.has(key))) return;
    const law = title !== null && lawNameOf(title) !== null;
    const citation: Citation = { title, docNumber, relation, law, evidence, keys };
    this.items.push(citation);
    for (const key of keys) this.byKey.set(key, citation);
  }

  /** A bare 文号 already cited with its title (or as the notice's own). */
  has(docNumber: string): boolean {
    const [key] = citationKeysOf(null, docNumber);
    return key !== undefined && (this.byKey.has(key) || this.ownKeys.has(key));
  }
}

/** The 文号 printed with a title: inside its brackets at the end, or right after them. */
function numberWithTitle(title: string, after: string): { title: string; docNumber: string | null } {
  const inside = NUMBER_INSIDE.exec(title);
  if (inside?.[1] && plausibleYear(/\d{4}/.exec(inside[1])?.[0])) {
    return { title: title.slice(0, inside.index).trim(), docNumber: stripSpaces(inside[1]) };
  }
  const following = NUMBER_AFTER.exec(after);
  if (following?.[1] && plausibleYear(/\d{4}/.exec(following[1])?.[0])) return { title, docNumber: stripSpaces(following[1]) };
  return { title, docNumber: null };
}

/** The longest run of characters `text` shares with `other`. */
function sharedRun(text: string, other: string): number {
  let longest = 0;
  for (let i = 0; i < text.length; i++) {
    let length = longest + 1;
    while (i + length <= text.length && other.includes(text.slice(i, i + length))) length++;
    longest = Math.max(longest, length - 1);
  }
  return longest;
}

/** A 公示 of results names the call it publishes the results of: the citation sharing most of its title. */
const MIN_SHARED_RUN = 6;

function markPublishedCall(citations: readonly Citation[], titleCore: string): void {
  let chosen: Citation | null = null;
  let longest = MIN_SHARED_RUN - 1;
  for (const citation of citations) {
    if (citation.title === null || citation.relation === '印发') continue;
    const run = sharedRun(foldTitle(citation.title).replace(GENERIC_WORDS, ''), titleCore);
    if (run > longest) {
      longest = run;
      chosen = citation;
    }
  }
  if (chosen) chosen.relation = '公示';
}

// 根据企业破产法的相关规定: a law named without 《》 after a verb of basis.
const UNBRACKETED_LAW = /(?:根据|依据|按照|依照|违反)((?:中华人民共和国)?[\u4e00-\u9fff]{2,14}法)(?=的|规定|第|有关|相关|等|和|及|、|，|。|;|；)/gu;

const LIST_HEADER = /((?:同时|一并)?(?:废止|停止执行|不再执行|失效))[^，。；]{0,8}[：:]$/;
const INLINE_HEADER = /((?:同时|一并)?(?:废止|停止执行|不再执行|失效))[^，。；《]{0,8}[：:][^：:]*$/;
const LIST_ITEM = /^\s*(?:\d{1,3}[.、．)）]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|《)/;

const GENERIC_WORDS = /关于|组织|开展|做好|工作|的|通知|公示|名单|推荐|申报/g;

export function findCitations(notice: CitingNotice): Citation[] {
  const ownKeys = ownKeysOf(notice);
  const ownNames = new Set(ownKeys.filter((key) => key.startsWith('d:') || key === `t:${foldTitle(notice.title)}`));
  const list = new CitationList(ownKeys, ownNames);
  const ownTitle = notice.title;
  const issued = issuedDocumentOf(ownTitle);
  const issuedFolded = issued === null ? null : foldTitle(issued);
  const results = publishesResults(ownTitle);
  const titleCore = foldTitle(ownTitle).replace(GENERIC_WORDS, '');

  // The title first: 关于印发《X》的通知 issues X; 关于废止《X》的决定 repeals it.
  const titleRelation = relationOfTitle(ownTitle);
  if (issued !== null) list.add(issued, null, '印发', ownTitle);
  else {
    for (const found of bracketedTitles(ownTitle)) list.add(found.title, null, titleRelation, ownTitle);
  }

  const aliases = new Set<string>();
  // 下列文件同时废止： followed by the list of them, one item per paragraph.
  let listRelation: CitationRelation | null = null;
  let listParagraph = -1;
  for (const sentence of sentencesOf(notice)) {
    if (sentence.place === 'title' || sentence.place === 'agencies') continue;
    const text = sentence.full;
    const paragraph = sentence.place;
    if (paragraph !== listParagraph) {
      if (listRelation !== null && !LIST_ITEM.test(text)) listRelation = null;
      listParagraph = paragraph;
    }
    const header = LIST_HEADER.exec(text);
    if (header) {
      listRelation = relationAround('', header[1] ?? '');
      continue;
    }
    const hasTitle = text.includes('《');
    if (!hasTitle && !text.includes('号') && !text.includes('法')) continue;
    const covered: [number, number][] = [];
    for (const found of bracketedTitles(text)) {
      const before = text.slice(0, found.start);
      const after = text.slice(found.end);
      const folded = foldTitle(found.title);
      if (ALIAS_BEFORE.test(before.trimEnd())) {
        aliases.add(folded);
        continue;
      }
      const printed = numberWithTitle(found.title, after);
      const afterNumber = printed.docNumber !== null ? after.replace(NUMBER_AFTER, '') : after;
      covered.push([found.start, found.end + (after.length - afterNumber.length)]);
      if (aliases.has(folded) || ATTACHMENT_AFTER.test(after)) continue;
      if (printed.docNumber === null && FORM_TITLE.test(folded)) continue;
      const inline = INLINE_HEADER.exec(before);
      if (inline) listRelation = relationAround('', inline[1] ?? '');
      let relation = relationAround(clauseBefore(text, found.start), clauseAfter(afterNumber, 0)) ?? listRelation;
      if (issuedFolded !== null && foldTitle(printed.title) === issuedFolded) relation = '印发';
      list.add(printed.title, printed.docNumber, relation, sentence.text);
    }
    for (const m of text.matchAll(UNBRACKETED_LAW)) {
      const name = m[1] ?? '';
      if (lawNameOf(name) !== null) list.add(name, null, '依据', sentence.text);
    }
    // 文号 printed without a title: 按照工信部联节〔2016〕304号文件要求.
    let previousEnd = 0;
    for (const m of text.matchAll(BARE_NUMBER)) {
      const from = previousEnd;
      previousEnd = m.index + m[0].length;
      if (!plausibleYear(m[1])) continue;
      if (covered.some(([start, end]) => m.index >= start && m.index < end)) continue;
      const prefix = prefixBefore(text, from, m.index);
      if (prefix === '') continue;
      const docNumber = stripSpaces(prefix + m[0]);
      if (list.has(docNumber)) continue;
      list.add(null, docNumber, relationAround(clauseBefore(text, m.index - prefix.length), clauseAfter(text, previousEnd)), sentence.text);
    }
  }
  if (results) markPublishedCall(list.items, titleCore);
  return list.items;
}
