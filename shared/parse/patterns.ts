// Small text tests shared by the parser's steps. Each works on one line or one
// paragraph and is anchored, so none can backtrack over a whole document.

/** A section label standing alone: `[政策文件]`, `【申报通知】`. Group 1 is the label. */
export const SECTION_MARKER = /^[[【［]\s*([^\]】］\s][^\]】］]{0,19}?)\s*[\]】］]$/;

/** Where a paragraph of its own begins: headings and list items of Chinese documents. */
const PARAGRAPH_START =
  /^(?:[一二三四五六七八九十百]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十百\d]{1,3}\s*[)）]|\d{1,2}\s*[.．、](?!\d)|[①-⑳⑴-⒇]|第[一二三四五六七八九十百\d]{1,4}\s*[条章节款部分]|——|附件|附：|联系人|联系方式|联系电话|相关链接|特此)/;

export function startsParagraph(text: string): boolean {
  return PARAGRAPH_START.test(text);
}

/** Punctuation that ends a sentence, possibly followed by a closing quote or bracket. */
const ENDS_SENTENCE = /[。！？；：!?;:][”’」』）)]?$/;

export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text);
}

/** Words a notice title ends with (通知, 意见, …), optionally followed by a closing bracket. */
const TITLE_END =
  /(?:通知|意见|公示|公告|通告|办法|方案|规划|指南|决定|批复|复函|函|细则|规定|通报|报告|要点|计划|措施|名单|目录|纲要|条例|标准|说明|答复|倡议书|声明|指引|清单|制度|规则|章程|建议|决议|命令|令|要求|政策|问答|解读|简报)[》」』）)]*$/;

export function endsLikeTitle(text: string): boolean {
  return TITLE_END.test(text);
}

/** A URL as it appears in running text (up to the first non-URL character). */
export const URL_IN_TEXT = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~%/?#&=+;:@!$,*']+/g;

/** A line that is nothing but one URL. */
export const URL_ONLY = /^(?:https?:\/\/|www\.)[^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+$/;

/** Characters a URL may contain (for a URL's continuation on the next line). */
export const URL_CHARS_ONLY = /^[A-Za-z0-9\-._~%/?#&=+;:@!$,*']+$/;

/** Trailing characters that end a sentence rather than a URL. */
export function trimUrl(url: string): string {
  return url.replace(/[.,;:!?'")\]*]+$/, '');
}

/** Host of a URL without `www.`, lower case; '' when there is none. */
export function urlHost(url: string): string {
  const m = /^(?:https?:\/\/)?([^/?#:]+)/i.exec(url);
  return (m?.[1] ?? '').toLowerCase().replace(/^www\./, '');
}
