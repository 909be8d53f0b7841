// Every document a notice cites: each 《title》 with the 文号 printed with it, each bare
// 文号, each law named in 《》, with the relation the text names and the sentence it is
// in. The notice's own title counts too: 关于印发《X》的通知 issues X, 关于废止《X》的决定
// repeals it.
//
// Not citations: the short names a notice gives (以下简称《申报表》) and uses later, the
// forms and reports it asks for (《…申报表》（见附件1）, 《…评价报告》).
import { sentencesOf } from '../match/evidence.ts';
import { stripSpaces } from '../text/normalize.ts';
import { bracketedTitles } from './bracketed-titles.ts';
import { citationKeysOf, foldTitle, forwardedDocumentOf, issuedDocumentOf, lawNameOf, ownKeysOf } from './reference-keys.ts';
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
  // `请查阅陕工信发〔2022〕63号`, `推荐工作依照鲁中小企局函[2018]20号`: the abbreviation starts after the verb.
  return text.slice(start, stop).replace(VERB_BEFORE_NUMBER, '').replace(LEADING_WORDS, '');
}

const VERB_BEFORE_NUMBER = /^.*(?:查阅|详见|参见|依照|按照|根据|依据|参照|执行|落实|贯彻|印发|转发|发布|请|的|和|及|与|或|即|是|为|于|据|见|将)/;

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
    // A forward often bears the title of what it forwards: that one is cited too.
    if (relation !== 'issues' && relation !== 'forwards' && keys.some((key) => this.ownNames.has(key))) return;
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

// 关于延长…申报时间的通知, …补充通知: a notice that changes the call it names.
const EXTENDS = /延长|延期|顺延|推迟|延后|补充通知|调整[^，。]{0,10}(?:时间|时限|期限)/;

function markPublishedCall(citations: readonly Citation[], titleCore: string): void {
  markCall(citations, titleCore, 'publishes');
}

/** The call a notice acts on (publishes the results of, extends): the citation sharing most of its title. */
function markCall(citations: readonly Citation[], titleCore: string, relation: CitationRelation): void {
  let chosen: Citation | null = null;
  let longest = MIN_SHARED_RUN - 1;
  for (const citation of citations) {
    if (citation.title === null || citation.relation === 'issues') continue;
    const run = sharedRun(foldTitle(citation.title).replace(GENERIC_WORDS, ''), titleCore);
    if (run > longest) {
      longest = run;
      chosen = citation;
    }
  }
  if (chosen) chosen.relation = relation;
}

// 根据企业破产法的相关规定: a law named without 《》 after a verb of basis.
const UNBRACKETED_LAW = /(?:根据|依据|按照|依照|违反)((?:中华人民共和国)?[\u4e00-\u9fff]{2,14}法)(?=的|规定|第|有关|相关|等|和|及|、|，|。|;|；)/gu;

// `下列文件同时废止：`, or a heading over the list: `省人民政府决定废止的省政府规章`.
const LIST_HEADER = /((?:同时|一并)?(?:废止|停止执行|不再执行|失效))[^，。；]{0,8}[：:]$|^[^，。；《]{0,16}(?:决定|予以|拟)?(废止|修改|修订)的[^，。；《]{0,12}(?:规章|文件|规范性文件|办法|政策)[：:]?$/;
const INLINE_HEADER = /((?:同时|一并)?(?:废止|停止执行|不再执行|失效))[^，。；《]{0,8}[：:][^：:]*$/;
const LIST_ITEM = /^\s*(?:\d{1,3}[.、．)）]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|《)/;

// `内蒙古自治区先进制造业集群建设行动方案印发`, `安徽出台…若干措施`: a policy a report names without 《》.
const POLICY_NAME = '[\\u4e00-\\u9fff（）()\\d—-]{6,50}?(?:方案|办法|意见|措施|政策|规定|细则|条例|计划|规划|纲要|目录)';
const NAMED_THEN_ISSUED = new RegExp(`(?:^|[，,。；])(${POLICY_NAME})(?:正式)?(?:印发|出台|发布|出炉)`, 'gu');
const ISSUED_THEN_NAMED = new RegExp(`(?:印发|出台|发布)(?:了)?(${POLICY_NAME})(?=[，,。；]|$)`, 'gu');
const REPORT_PARAGRAPHS = 3;

function reportedPolicies(body: readonly string[]): string[] {
  const names: string[] = [];
  for (const paragraph of body.slice(0, REPORT_PARAGRAPHS)) {
    const plain = paragraph.replace(/《[^》]*》/g, '');
    for (const m of plain.matchAll(NAMED_THEN_ISSUED)) if (m[1]) names.push(m[1]);
    for (const m of plain.matchAll(ISSUED_THEN_NAMED)) if (m[1]) names.push(m[1]);
  }
  return names.map((name) => name.replace(/^.*?(?:近日|日前|今年|\d{1,2}月\d{1,2}日)/, '')).filter((name) => name.length >= 6);
}

/**
 * The document a forward's title names, printed in the body under a slightly other name (the
 * title says …的通知, the body cites …的函 with its 文号): the body's citation is the forwarded
 * document, and the title's copy goes.
 */
function forwardedOnce(items: Citation[], forwarded: string | null): Citation[] {
  if (forwarded === null) return items;
  const fromTitle = items.find((c) => c.relation === 'forwards' && c.title !== null && foldTitle(c.title) === foldTitle(cleanNested(forwarded)));
  if (!fromTitle?.title) return items;
  const key = foldTitle(fromTitle.title);
  const same = items.find((c) => c !== fromTitle && c.title !== null && similarTitles(foldTitle(c.title), key));
  if (!same) return items;
  same.relation = 'forwards';
  return items.filter((c) => c !== fromTitle);
}

function similarTitles(a: string, b: string): boolean {
  if (a === b || (a.length >= 8 && b.length >= 8 && (a.includes(b) || b.includes(a)))) return true;
  const grams = (t: string): Set<string> => new Set(Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2)));
  const x = grams(a);
  const y = grams(b);
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / Math.max(1, x.size + y.size - shared) >= 0.75;
}

/** `（新工信产业〔2023〕1号，以下简称《工作指引》）予以废止`: the words after a bracketed note. */
function skipBracketed(after: string): string {
  const t = after.trimStart();
  if (!/^[（(]/.test(t)) return after;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t.charAt(i);
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') {
      depth--;
      if (depth === 0) return t.slice(i + 1);
    }
  }
  return after;
}

/** A forwarded title printed inside a title: its own 《》 became 〈〉 or <>. */
function cleanNested(title: string): string {
  return title.replace(/^[〈<]/, '').replace(/[〉>]$/, '');
}

const PLAIN_ITEM = /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.、．]|[一二三四五六七八九十]{1,3}、)\s*([\u4e00-\u9fff〈〉<>]{4,60}?(?:规定|办法|条例|细则|规则|意见|通知|决定))(?:[（(][^）)]*[）)])?[。；;]?$/;
const PLAIN_FORWARD = /(?:现将|现把)([\u4e00-\u9fff、]{2,40}关于[^《》，。；]{4,80}?的(?:通知|函|意见))(?:[（(][^）)]*[）)])?(?:予以)?转发/gu;

const AMENDING = /^(?:\d{1,3}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])?\s*(?:将|删去|删除|增加|增写|在第)|修改为|改为/;
const PASS_ON = /(?:现|予以|特此|一并)?转发给?(?:你们|各|给)/;

// `近日，某厅、某厅联合印发《…》`: a lead that reports a document.
const REPORTS_LEAD = /(?:联合)?(?:印发|出台|发布|出炉)(?:了)?《/;

// The verbs a report uses of the document it is about.
const REPORTED = /(?:印发|发布|颁布|出台|公布|出炉)(?:了)?$/;

const GENERIC_WORDS = /关于|组织|开展|做好|工作|的|通知|公示|名单|推荐|申报/g;

/** 问：… and 答：… paragraphs: an official's answers on a policy, the form of many 解读. */
function answersQuestions(body: readonly string[]): boolean {
  return body.some((p) => /^问\s*[:：]/.test(p)) && body.some((p) => /^答\s*[:：]/.test(p)) || body.slice(0, 3).some((p) => /解读如下|答记者(?:问|全文)/.test(p));
}

/**
 * The cited document the text names most (at least twice), counting its short name
 * (《规划》 for 《…“十四五”规划》), or null.
 */
function mostNamed(items: readonly Citation[], body: readonly string[]): Citation | null {
  const text = body.join('');
  const shortNames = [...text.matchAll(/《([^《》]{2,6})》/g)].map((m) => m[1] ?? '');
  let best: Citation | null = null;
  let bestCount = 1;
  for (const item of items) {
    if (item.title === null || item.law || item.title.length <= 6) continue;
    const title = item.title;
    const full = text.split(`《${title}》`).length - 1;
    const short = shortNames.filter((name) => title.endsWith(name)).length;
    if (full + short > bestCount) {
      best = item;
      bestCount = full + short;
    }
  }
  return best;
}

export function findCitations(notice: CitingNotice): Citation[] {
  const ownKeys = ownKeysOf(notice);
  const ownNames = new Set(ownKeys.filter((key) => key.startsWith('d:') || key === `t:${foldTitle(notice.title)}`));
  const list = new CitationList(ownKeys, ownNames);
  const ownTitle = notice.title;
  const issued = issuedDocumentOf(ownTitle);
  const forwarded = forwardedDocumentOf(ownTitle);
  // A 解读 issues nothing: the document it says was 印发 is the one it interprets. So does a
  // report on a policy (四川出台…措施, 山西省印发《…》): it has no 文号 of its own.
  const interpretation =
    /解读|答记者问|问答|图解/.test(ownTitle) ||
    answersQuestions(notice.body) ||
    (notice.docNumber === null && !ownTitle.includes('关于') && (/出台|印发|发布|出炉/.test(ownTitle) || REPORTS_LEAD.test(notice.body.slice(0, 2).join('')) || reportedPolicies(notice.body.slice(0, 2)).length > 0));
  const issuedFolded = issued === null ? null : foldTitle(issued);
  const results = publishesResults(ownTitle);
  const titleCore = foldTitle(ownTitle).replace(GENERIC_WORDS, '');

  // The title first: 关于印发《X》的通知 issues X; 关于废止《X》的决定 repeals it.
  const titleRelation = relationOfTitle(ownTitle);
  const titleNamesInterpreted = interpretation && (issued !== null || (titleRelation === 'interprets' && bracketedTitles(ownTitle).length > 0));
  if (issued !== null) list.add(issued, null, interpretation ? 'interprets' : 'issues', ownTitle);
  else if (forwarded !== null) list.add(cleanNested(forwarded), null, 'forwards', ownTitle);
  else {
    for (const found of bracketedTitles(ownTitle)) list.add(found.title, null, titleRelation, ownTitle);
  }

  const aliases = new Set<string>();
  // A short name's document (以下简称《实施办法》 after 《甘肃省…实施办法》): what is said of the
  // short name (现将《实施办法》解读如下) is said of it.
  const aliasOf = new Map<string, string>();
  // 下列文件同时废止： followed by the list of them, one item per paragraph.
  let listRelation: CitationRelation | null = null;
  let listParagraph = -1;
  // A decision that repeals or amends rules lists them as items (一、《X》…), under headings
  // (一、废止4件省政府规章 / 二、对16件…予以修改) or, with one kind only, under its title.
  const repeals = /废止|撤销|失效/.test(ownTitle);
  const amends = /修改|(?<!制)修订|修正/.test(ownTitle);
  let sectionRelation: CitationRelation | null = repeals && !amends ? 'repeals' : amends && !repeals ? 'amends' : null;
  const decision = (repeals || amends) && /决定|令|通知/.test(ownTitle) && !interpretation;
  // A forward passes documents on: what it hands out (印发给你们) is forwarded, not issued.
  const forwards = forwarded !== null || /转发/.test(ownTitle);
  for (const sentence of sentencesOf(notice)) {
    if (sentence.place === 'title' || sentence.place === 'agencies') continue;
    const text = sentence.full;
    const paragraph = sentence.place;
    if (paragraph !== listParagraph) {
      if (listRelation !== null && !LIST_ITEM.test(text)) listRelation = null;
      listParagraph = paragraph;
    }
    if (decision && typeof paragraph === 'number' && text.length <= 40 && !text.includes('《')) {
      if (/废止|失效/.test(text)) sectionRelation = 'repeals';
      else if (/修改|修订/.test(text)) sectionRelation = 'amends';
    }
    const header = LIST_HEADER.exec(text);
    if (header) {
      const word = header[1] ?? header[2] ?? '';
      listRelation = /修改|修订/.test(word) ? 'amends' : relationAround('', word);
      continue;
    }
    // `(一)江西省人事争议处理办法(…令第153号公布)`: a decision's item named without 《》.
    const item = decision && sectionRelation !== null && !text.includes('《') ? PLAIN_ITEM.exec(text) : null;
    if (item?.[1]) list.add(item[1], null, sectionRelation, sentence.text);
    // `现将安徽省…厅关于…的通知转发给你们`: a forwarded title without 《》.
    for (const m of text.matchAll(PLAIN_FORWARD)) if (m[1]) list.add(m[1], null, 'forwards', sentence.text);
    const hasTitle = text.includes('《');
    if (!hasTitle && !text.includes('号') && !text.includes('法')) continue;
    const covered: [number, number][] = [];
    // `现将《A》等文件转发给你们`, `某厅印发了《A》（…号），现转发给你们`: the title nearest before 转发 is forwarded.
    const passOn = PASS_ON.exec(text);
    const titles = bracketedTitles(text);
    const forwardedHere = passOn ? titles.filter((t) => t.end <= passOn.index).at(-1) : undefined;
    let previous: string | null = null;
    for (const found of titles) {
      const before = text.slice(0, found.start);
      const after = text.slice(found.end);
      const folded = foldTitle(found.title);
      if (ALIAS_BEFORE.test(before.trimEnd())) {
        aliases.add(folded);
        if (previous !== null && !aliasOf.has(folded)) aliasOf.set(folded, previous);
        continue;
      }
      const target = aliasOf.get(folded);
      if (target !== undefined) {
        const said = relationAround(clauseBefore(text, found.start), clauseAfter(skipBracketed(after), 0));
        if (said === 'interprets' || said === 'amends' || said === 'repeals') list.add(target, null, said, sentence.text);
        continue;
      }
      previous = found.title;
      const printed = numberWithTitle(found.title, after);
      const afterNumber = printed.docNumber !== null ? after.replace(NUMBER_AFTER, '') : after;
      covered.push([found.start, found.end + (after.length - afterNumber.length)]);
      // `《…申报表》（见附件1）` is the notice's own form; `依据《…办法》（附件2）` a rule it attaches and acts on.
      // `…《X》（见附件）转发给你们`: a document attached and passed on is cited too.
      const basis = relationAround(clauseBefore(text, found.start), clauseAfter(skipBracketed(afterNumber), 0)) !== null;
      if (aliases.has(folded) || (ATTACHMENT_AFTER.test(after) && !basis)) continue;
      if (printed.docNumber === null && FORM_TITLE.test(folded)) continue;
      const inline = INLINE_HEADER.exec(before);
      if (inline) listRelation = relationAround('', inline[1] ?? '');
      let relation = relationAround(clauseBefore(text, found.start), clauseAfter(skipBracketed(afterNumber), 0)) ?? listRelation;
      // An item of the decision's list: `一、《X》`, `1.《X》（…令第152号发布）`.
      if (relation === null && decision && found.start <= 8 && LIST_ITEM.test(text)) {
        const bare = skipBracketed(afterNumber).replace(/^[。；;，,\s]*/, '') === '';
        // An item followed by what to change in it (`1、规章名称修改为…`, `删去第三条`) is amended.
        const changed = typeof paragraph === 'number' && AMENDING.test(notice.body[paragraph + 1] ?? '');
        relation = sectionRelation ?? (changed ? 'amends' : repeals && bare ? 'repeals' : amends ? 'amends' : null);
      }
      if (issuedFolded !== null && foldTitle(printed.title) === issuedFolded) relation = 'issues';
      // A 解读 whose title names what it interprets: the other documents its body says were
      // issued are what that one acts on, not interpreted.
      if (interpretation && titleNamesInterpreted && relation === 'issues' && foldTitle(printed.title) !== issuedFolded) relation = 'basis';
      else if (interpretation && !titleNamesInterpreted && (relation === 'issues' || (relation === 'basis' && REPORTED.test(clauseBefore(text, found.start))))) relation = 'interprets';
      if (forwards && relation === 'issues' && issued === null) relation = 'forwards';
      if (found === forwardedHere && relation !== 'repeals' && relation !== 'amends') relation = 'forwards';
      list.add(printed.title, printed.docNumber, relation, sentence.text);
    }
    for (const m of text.matchAll(UNBRACKETED_LAW)) {
      const name = m[1] ?? '';
      if (lawNameOf(name) !== null) list.add(name, null, 'basis', sentence.text);
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
  if (interpretation) for (const name of reportedPolicies(notice.body)) list.add(name, null, 'interprets', name);
  if (interpretation && !list.items.some((c) => c.relation === 'interprets')) {
    // An interview or 解读 that never says which document it explains: the one it speaks of most.
    const subject = mostNamed(list.items, notice.body);
    if (subject && subject.relation === null) subject.relation = 'interprets';
  }
  if (results) markPublishedCall(list.items, titleCore);
  if (EXTENDS.test(ownTitle)) markCall(list.items, titleCore, 'extends');
  return forwardedOnce(withoutShortNames(list.items), forwarded);
}

/** 《规划》 beside 《…“十四五”规划》: a short name of a document cited in full is that document. */
function withoutShortNames(items: readonly Citation[]): Citation[] {
  const full = items.filter((c) => c.title !== null && c.title.length > 6).map((c) => c.title ?? '');
  return items.filter((c) => c.title === null || c.docNumber !== null || c.title.length > 6 || !full.some((title) => title.endsWith(c.title ?? '\u0000')));
}
