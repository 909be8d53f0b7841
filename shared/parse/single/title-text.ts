// What a title line looks like, and what the page put around it. A page, a repost or a
// WeChat copy glues its own words to a document's title: a breadcrumb (`政策动态>关于…`),
// a status or column tag (`【已失效】`, `【补充通知】`, `政策发布｜`, `社会热点关于…`), a
// region tag (`辽宁:关于…`, `南昌市:南昌市…局关于…`), a related article's title run into it
// (`…的通知关于转发《…》的通知`), an editor mark (`[编辑]`) or a year (`…的决定（2018）`).
// `cleanTitle` takes those off and says what it took (an issuer given as the tag, `山东省
// 发改委:关于…`, is kept as the issuer), so candidates can be compared on their own words.
import { docNumberOnLine } from '../doc-number.ts';
import { agenciesOnLine } from '../signature.ts';
import { removeCjkSpaces } from '../../text/spacing.ts';

/** The words a document's title ends with, then at most a bracketed note: （试行） （第286号） （2020年修订）. */
const DOCUMENT_END =
  /(?:通知|意见|公示|公告|通告|办法|方案|规划|指南|决定|批复|复函|函|细则|规定|通报|报告|要点|计划|措施|名单|目录|纲要|条例|标准|说明|答复|倡议书|声明|指引|清单|制度|规则|章程|建议|决议|命令|令|要求|政策|问答|解读|简报|规程|意见书|邀请函|公开信|导则|守则|实施方案|行动计划|若干规定|若干措施|若干政策)[》」』”"]*(?:[（(][^（）()]{1,16}[)）])?$/;
/** The document kinds a government notice commonly is: a title ending so is a strong candidate. */
const STRONG_END = /(?:通知|意见|公示|公告|通告|办法|方案|决定|批复|函|细则|规定|条例|令|措施|名单|规程|政策|指南|解读|通报)[》」』”"]*(?:[（(][^（）()]{1,16}[)）])?$/;

export function endsLikeDocumentTitle(text: string): boolean {
  return DOCUMENT_END.test(text);
}

export function endsWithStrongKind(text: string): boolean {
  return STRONG_END.test(text);
}

export type CleanTitle = {
  title: string;
  /** A 文号 the line printed with the title: `海关总署公告2020年第75号(关于…的公告)`, `关于…的通知（X〔2020〕1号）`. */
  docNumber?: string;
  /** How many pieces of page furniture were taken off. */
  stripped: number;
  /** An issuer the page printed as the title's tag (`山东省发改委:关于…`). */
  tagAgencies: string[];
};

// 【已失效】 【补充通知】 [转载]: a bracketed tag of a few characters at the start.
const LEADING_TAG = /^(?:[【[［〖]\s*[^】\]］〗]{1,10}\s*[】\]］〗]\s*)+/;
// 政策发布｜ 关注 | 部委动态| : a column tag before a bar.
const BAR_TAG = /^[^|｜]{1,10}\s*[|｜]\s*/;
// 辽宁: / 南昌市： / 第一篇: / 山东省发改委: : a short tag before a colon.
// A site column's name run into the title it lists.
const GLUED_COLUMN = /^(?:政策法规|法规|政策|通知公告|公告公示|文件|新闻|动态|要闻|政务|最新|热点|置顶|推荐|转载)(?=[\u4e00-\u9fff]{2,40}关于)/;
const COLON_TAG = /^([^:：，。《》“”]{1,16})\s*[:：]\s*/;
// 首页 > 政策 > : everything up to the breadcrumb's last separator.
const BREADCRUMB = /^.*[>＞»→]\s*/;
const TRAILING_MARKS = /\s*(?:\[编辑\]|【编辑】|[|｜]+|\(\d{4}\)|（\d{4}）|（\d{4}年全文）|\(\d{4}年全文\))\s*$/;
// The enclosing 《》 of a title printed as a citation: 《深圳经济特区优化营商环境条例》（2020年全文）.
const QUOTED_WHOLE = /^《([^《》]+)》$/;
// Prefixes that are verbs of the title itself (转发关于…, 印发关于…), never a tag.
const TITLE_VERB_PREFIX = /转发|印发|发布|公布|关于/;
// A title's own issuer: names that end like agencies (one or several).
/** `法规国家税务总局…`: the text without a site column's word run into its front. */
export function withoutColumnWord(text: string): string {
  const glued = GLUED_COLUMN.exec(`${text}关于`);
  return glued ? text.slice(glued[0].length) : text;
}

function isIssuerPrefix(text: string): boolean {
  return agenciesOnLine(text.replace(/[、，,]/g, ' ')) !== null;
}

/** The last title in a run of two (`…的通知关于转发《…》的通知`), cut where a title word meets 关于. */
function lastGluedTitle(text: string): string {
  let depth = 0;
  let cut = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '《') depth++;
    else if (ch === '》') depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith('关于', i) && i >= 6 && endsLikeDocumentTitle(text.slice(0, i))) cut = i;
  }
  return cut > 0 ? text.slice(cut) : text;
}

const SITE_SUFFIX = /\s*[-_|｜—–]+\s*[^-_|｜—–]{2,40}$/;
// A mirror's noise after the title: `…的解读 2 E s( ~% y/ n`.
const ASCII_NOISE = /\s+[\x21-\x7e](?:[\x20-\x7e]*[^\x20-\x7e\w（）()]?)*$/;

export function cleanTitle(raw: string): CleanTitle {
  const quiet = !endsLikeDocumentTitle(raw.trim()) && ASCII_NOISE.test(raw) && endsLikeDocumentTitle(raw.replace(ASCII_NOISE, '')) ? raw.replace(ASCII_NOISE, '') : raw;
  let text = removeCjkSpaces(quiet).replace(/\(([^()]*[\u4e00-\u9fff][^()]*)\)/g, '（$1）');
  let stripped = 0;
  const tagAgencies: string[] = [];
  const strip = (next: string): void => {
    if (next !== text && next.length >= 4) {
      text = next.trim();
      stripped++;
    }
  };
  for (let round = 0; round < 3; round++) {
    const before = text;
    // `…的通知-漳州市工业和信息化局`, `…的通知_中国政府网`: the site's name after the page's title.
    const site = SITE_SUFFIX.exec(text);
    if (site && endsLikeDocumentTitle(text.slice(0, site.index))) strip(text.slice(0, site.index));
    strip(text.replace(TRAILING_MARKS, ''));
    if (BREADCRUMB.test(text)) strip(text.replace(BREADCRUMB, ''));
    strip(text.replace(LEADING_TAG, ''));
    // `（资料图片）第四批…`: a picture's or a repost's note before the title.
    strip(text.replace(/^[（(][^（）()]{0,8}(?:图|资料|视频|转载|原创|来源)[^（）()]{0,4}[)）]\s*/, ''));
    // `新闻资讯NEWS INFORMATION【广东】关于…`: a column's words and a tag before the title.
    strip(text.replace(/^[^关《【]{0,30}【[^】]{1,10}】\s*(?=关于|[\u4e00-\u9fff]{2,30}关于)/, ''));
    strip(text.replace(BAR_TAG, ''));
    // `法规国家税务总局厦门市税务局关于…`: a column's word glued before the issuer.
    const glued = GLUED_COLUMN.exec(text);
    if (glued && isIssuerPrefix(text.slice(glued[0].length).split('关于')[0] ?? '')) strip(text.slice(glued[0].length));
    const colon = COLON_TAG.exec(text);
    // `辽宁:关于…`, `山东省发改委:关于…`: a tag before a document's title; a headline's own
    // `内蒙古：重点建设…` stays as printed.
    const rest = colon ? text.slice(colon[0].length) : '';
    if (colon?.[1] && !TITLE_VERB_PREFIX.test(colon[1]) && (/关于/.test(rest.slice(0, 40)) || isIssuerPrefix(colon[1]) || /^(?:第[一二三四五六七八九十\d]+篇|原标题|标题|题目)$/.test(colon[1]))) {
      if (isIssuerPrefix(colon[1])) tagAgencies.push(...(agenciesOnLine(colon[1].replace(/[、，,]/g, ' ')) ?? []));
      strip(text.slice(colon[0].length));
    }
    const quoted = QUOTED_WHOLE.exec(text);
    if (quoted?.[1]) strip(quoted[1]);
    if (text === before) break;
  }
  // `法规闽政[2018]17号 福建省人民政府关于…`: a column tag, the 文号, then the title.
  const spaced = /^(?:法规|政策|文件|通知|公告|新闻|动态|要闻|政务)?(\S{4,40}?号)\s+(\S.{5,})$/.exec(raw.trim());
  if (spaced?.[1] && spaced[2] && docNumberOnLine(spaced[1]) !== null && endsLikeDocumentTitle(removeCjkSpaces(spaced[2]))) {
    return { ...cleanTitle(spaced[2]), docNumber: docNumberOnLine(spaced[1]) ?? undefined };
  }
  // A number printed before the title with the title in brackets, or a whole 文号 after it.
  const numbered = /^(.{4,40}?号)\s*[（(](.{6,}?)[)）]$/.exec(text);
  if (numbered?.[1] && numbered[2] && docNumberOnLine(numbered[1]) !== null && endsLikeDocumentTitle(numbered[2])) {
    return { ...cleanTitle(numbered[2]), docNumber: docNumberOnLine(numbered[1]) ?? undefined };
  }
  // `…的通知工信厅信软函〔2018〕221号`: the 文号 run into the title's end.
  const gluedNumber = /^(.{6,}?(?:通知|通告|公告|决定|意见|办法|方案|公示|细则|规定|批复|函|规划|名单))([\u4e00-\u9fff]{1,16}[〔［【[（(﹝]\d{4}[〕］】\]）)﹞]\s*第?\d{1,6}号)$/.exec(text);
  if (gluedNumber?.[1] && gluedNumber[2] && docNumberOnLine(gluedNumber[2]) !== null) {
    return { ...cleanTitle(gluedNumber[1]), docNumber: docNumberOnLine(gluedNumber[2]) ?? undefined };
  }
  const quotedAfter = /^(.{4,40}?号)\s*《(.{6,})》$/.exec(text);
  if (quotedAfter?.[1] && quotedAfter[2] && docNumberOnLine(quotedAfter[1]) !== null && endsLikeDocumentTitle(quotedAfter[2])) {
    return { ...cleanTitle(quotedAfter[2]), docNumber: docNumberOnLine(quotedAfter[1]) ?? undefined };
  }
  const trailing = /^(.{6,}?)\s*[（(]([^（）()]{4,40}号)[)）]$/.exec(text);
  if (trailing?.[1] && trailing[2] && docNumberOnLine(trailing[2]) !== null && !/^第/.test(trailing[2]) && endsLikeDocumentTitle(trailing[1])) {
    return { ...cleanTitle(trailing[1]), docNumber: docNumberOnLine(trailing[2]) ?? undefined };
  }
  const glued = lastGluedTitle(text);
  if (glued !== text) strip(glued);
  // 社会热点关于… / 两部门关于…: a few words before 关于 that are no issuer.
  const about = text.indexOf('关于');
  if (about > 0 && about <= 6) {
    const prefix = text.slice(0, about);
    const place = /(?:省|市|区|县|州|盟|旗|镇|乡|园|新区)$/.test(prefix);
    if (!isIssuerPrefix(prefix) && !place && !TITLE_VERB_PREFIX.test(prefix) && !/[《“"]/.test(prefix)) strip(text.slice(about));
  }
  // `重庆市…行动计划（2025—2027年）》政策解读`: a copy that lost the title's opening 《.
  const close = text.indexOf('》');
  if (close > 0 && !text.slice(0, close).includes('《')) text = `《${text}`;
  return { title: text, stripped, tagAgencies };
}

// A news or account headline rather than a document's title.
const HEADLINE = /(?:出台|启动|召开|举行|举办|获批|签约|签订|亮相|发布会|重磅|速看|刚刚|一图读懂|图解|划重点|定了|来了|！|!|？|\?)/;
const NEWS_ISSUER = /^(?:[两二三四五六七八九十\d]{1,3}部门|多部门|[\u4e00-\u9fff]{2,3}(?:省|市)?(?:出台|印发|发布))/;

export function looksLikeHeadline(title: string): boolean {
  return (HEADLINE.test(title) && !title.includes('关于')) || NEWS_ISSUER.test(title);
}
