// Splits the body of a bulletin into sections ([政策文件], [项目申报], …) and notices.
// A notice ends with its 相关链接 block; the first line after that block starts the
// next notice. Where a notice has no 相关链接, a new one is recognised after the
// previous notice's signature by a title-like line followed by a 文号 or a
// salutation (`各…：`), or by a title listed in the table of contents.
import type { SourceLine } from './lines.ts';
import { docNumberOnLine } from './doc-number.ts';
import { isContentsEntry } from './header.ts';
import { continuesLinkBlock, relatedLinkLabel } from './links.ts';
import { SECTION_MARKER, endsLikeTitle, endsSentence, startsParagraph } from './patterns.ts';
import { isSignatureDateLine } from './signature.ts';
import { titleKey } from '../text/normalize.ts';

export type Segment = {
  category: string;
  lines: SourceLine[];
};

const URL_START = /^(?:https?:\/\/|www\.)/i;
const URL_ANYWHERE = /(?:https?:\/\/|www\.)/i;
const SALUTATION = /^[^。；]{2,300}[:：∶]$/;

// An opening sentence ends in a colon too (`为贯彻落实《…》，现就有关问题公告如下：`).
const OPENING_SENTENCE = /^(?:为|根据|按照|依据|依照|经|现将|现就)|如下|《/;
// Who a 公文 is addressed to: bodies (单位, 部门, 局, 委员会 …) or enterprises.
const ADDRESSEE_END = /(?:单位|部门|企业|公司|机构|学校|高校|院校|医院|组织|协会|商会|政府|委员会|管委会|管理委员会|局|厅|委|办|处|中心|园区|同志|会员)[:：∶]$/;

export function isSalutation(text: string): boolean {
  return (
    SALUTATION.test(text) &&
    !OPENING_SENTENCE.test(text) &&
    !startsParagraph(text) &&
    (text.startsWith('各') || ADDRESSEE_END.test(text.replace(/[（(][^（）()]*[)）](?=[:：∶]$)/, '')))
  );
}

/** Whether line `i` looks like the first line of a new notice's title. */
function startsNotice(lines: readonly SourceLine[], i: number, contents: ReadonlySet<string>): boolean {
  const line = lines[i];
  if (!line) return false;
  const text = line.text;
  if (text.length > 80 || startsParagraph(text) || endsSentence(text)) return false;
  if (contents.has(titleKey(text))) return true;
  const next = lines[i + 1]?.text ?? '';
  const title = endsLikeTitle(text) ? text : endsLikeTitle(text + next) ? text + next : null;
  if (title === null) return false;
  if (line.heading === 1 || line.heading === 2) return true;
  for (let j = i + 1; j <= i + 3 && j < lines.length; j++) {
    const ahead = lines[j]?.text ?? '';
    if (docNumberOnLine(ahead) !== null || isSalutation(ahead)) return true;
  }
  return false;
}

export function splitNotices(lines: readonly SourceLine[], start: number, contents: readonly string[]): Segment[] {
  const contentKeys = new Set(contents.map(titleKey));
  const segments: Segment[] = [];
  let category = '';
  let current: Segment | null = null;
  // Inside a 相关链接 block: 'label' before its URL, 'url' after it.
  let linkState: 'none' | 'label' | 'url' = 'none';
  let signed = false;
  const close = (): void => {
    if (current) segments.push(current);
    current = null;
    linkState = 'none';
    signed = false;
  };

  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const text = line.text;
    const section = SECTION_MARKER.exec(text);
    if (section && !isContentsEntry(text)) {
      close();
      category = (section[1] ?? '').trim();
      continue;
    }
    if (current !== null && linkState !== 'none') {
      const previous = current.lines[current.lines.length - 1]?.text ?? '';
      if (linkState === 'label' ? URL_START.test(text) : continuesLinkBlock(text, previous)) {
        current.lines.push(line);
        linkState = 'url';
        continue;
      }
      close();
    } else if (current !== null && signed && startsNotice(lines, i, contentKeys)) {
      close();
    }
    current ??= { category, lines: [] };
    current.lines.push(line);
    const label = relatedLinkLabel(text);
    if (label) linkState = URL_ANYWHERE.test(label.rest) ? 'url' : 'label';
    else if (!signed && isSignatureDateLine(text)) signed = true;
  }
  close();
  return segments;
}
