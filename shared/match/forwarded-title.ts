// A copy with no title of its own (the parser's （无标题） placeholder) that forwards a
// document (现将《…》转发给你们) or carries one out (根据《…的通知》，现就…通知如下) is about that
// document: its title is what the vocabulary reads. Where the copy applies is still read
// from the copy itself.
import type { NoticeText } from './notice-features.ts';

/** What a copy without a title of its own is called (the parser's placeholder and its first words). */
export const UNTITLED = '（无标题）';

/** A copy with no title of its own that forwards one (现将《…》转发给你们) is about the forwarded document. */
const FORWARDS_DOCUMENT = /现将[^《。]{0,40}《([^》]{6,120})》[^。]{0,30}转发/u;
/**
 * One that opens by carrying out a notice (按照《…关于组织推荐…的通知》的要求，现就…通知如下), its
 * 主送 line perhaps run in before it, is about that notice.
 */
const CARRIES_OUT = /^(?:[^：:。《]{0,60}[：:])?(根据|按照|依据)[^《。]{0,20}《([^》]{6,120}(通知|指南))》/u;

export function withForwardedTitle(notice: NoticeText): NoticeText {
  if (!notice.title.startsWith(UNTITLED)) return notice;
  for (const paragraph of notice.body.slice(0, 3)) {
    const forwarded = FORWARDS_DOCUMENT.exec(paragraph)?.[1] ?? CARRIES_OUT.exec(paragraph)?.[2];
    if (forwarded) return { ...notice, title: forwarded };
  }
  return notice;
}
