// 附件: the names of the documents attached to a notice. Printed as `附件：名称`, as
// `附件：1. 名称` followed by `2. 名称` paragraphs, as a bare `附件：` heading over a
// numbered list, or as `附件一：名称` lines.
//
// Real pages wrap a name in what is not its name: its own list number glued to a year
// (`1.2023年…名单`, which a reader would print as `1. 1.2023年…`), a bullet or 【】, the
// 落款 run on after a file name (`名单.doc陕西省工业和信息化厅…`), a download hint
// (`（点击左下角“阅读原文”下载）`), and the same file listed twice, as a link and as its
// download (`相关通知要求` and `相关通知要求.zip`). Only the name is kept, once.
import { removeCjkSpaces } from '../text/spacing.ts';
import { agenciesOnLine } from './signature.ts';

const LABEL = /^附件\s*[一二三四五六七八九十\d]*\s*[:：]\s*(.*)$/;
/** A list number; `1.2023年` is number 1 before a year, `1.2` alone is not a number. */
const NUMBERED = /^(?:\d{1,2}\s*[.．、](?:\s*(?=\d{4}\s*年)|\s*(?!\d))|[（(]\s*\d{1,2}\s*[)）]\s*|[①-⑳]\s*)/;
const INLINE_NUMBER = /\s+(?=\d{1,2}\s*[.．、]\s*\D)/;
const BULLET = /^[·•●▪◆■□○◇]\s*/;
const FILE_TYPE = /\.(?:docx?|xlsx?|xls|pdf|wps|et|pptx?|zip|rar|7z|ofd|txt)(?![a-z])/i;
/** `（点击左下角“阅读原文”下载）`, `（详见附件）`: a hint, not a name. */
const HINT = /^[（(【[]?[^）)】\]]*(?:点击|阅读原文|扫码|详见|见附件|下载)[^）)】\]]*[）)】\]]?$/;

/** The name after its file type, when what follows is a 落款 or a date rather than more name. */
function cutAfterFileType(name: string): string {
  const m = FILE_TYPE.exec(name);
  if (!m) return name;
  const end = m.index + m[0].length;
  const rest = name.slice(end).trim();
  if (rest === '') return name;
  // Another name (`….pdf 2.…`) is split by the list; anything else run on is not the name.
  return name.slice(0, end);
}

/** `名单附件1.docx`: the download's own file name glued to the name. */
function withoutDownloadName(name: string): string {
  return name.replace(/(?<=\S)附件\s*\d{1,2}(\.[a-z]{2,4})$/i, '$1');
}

/** `…管理办法陕西省工业和信息化厅`: agencies run on after a name. */
function withoutAgencies(name: string): string {
  const m = /(?:名单|表|办法|通知|指南|书|清单|目录|方案|细则|要求|说明|材料|模板|模版)(?=[^》」”）)]{4,}$)/u.exec(name);
  if (!m) return name;
  const end = m.index + m[0].length;
  return agenciesOnLine(name.slice(end)) ? name.slice(0, end) : name;
}

function cleanName(text: string): string {
  let name = removeCjkSpaces(text.trim().replace(BULLET, '').replace(NUMBERED, '').trim());
  if (/^【[^【】]+】$/.test(name)) name = name.slice(1, -1).trim();
  name = withoutAgencies(withoutDownloadName(cutAfterFileType(name)));
  name = name.replace(/[；;。，,]+$/, '');
  return HINT.test(name) ? '' : name;
}

/** A name without its file type and 《》, to see the same document listed twice. */
function sameDocumentKey(name: string): string {
  return name.replace(FILE_TYPE, '').replace(/[《》<>〈〉\s]/g, '');
}

/** Names in order, each document once: a later copy with a file type replaces a bare one. */
function unique(names: readonly string[]): string[] {
  const kept: string[] = [];
  const at = new Map<string, number>();
  for (const name of names) {
    const key = sameDocumentKey(name);
    const index = at.get(key);
    if (index === undefined) {
      at.set(key, kept.length);
      kept.push(name);
    } else if (!FILE_TYPE.test(kept[index] ?? '') && FILE_TYPE.test(name)) {
      kept[index] = name;
    }
  }
  return kept;
}

export function findAttachments(paragraphs: readonly string[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const m = LABEL.exec(paragraphs[i] ?? '');
    if (!m) continue;
    const rest = (m[1] ?? '').trim();
    if (rest !== '' && !NUMBERED.test(rest)) {
      const name = cleanName(rest);
      if (name !== '') names.push(name);
      continue;
    }
    // A numbered list: on the label's line and in the paragraphs below it.
    const items = rest === '' ? [] : rest.split(INLINE_NUMBER);
    for (let j = i + 1; j < paragraphs.length && NUMBERED.test(paragraphs[j] ?? ''); j++) {
      items.push(paragraphs[j] ?? '');
      i = j;
    }
    for (const item of items) {
      const name = cleanName(item);
      if (name !== '') names.push(name);
    }
  }
  return unique(names);
}
