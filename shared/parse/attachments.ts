// 附件: the names of the documents attached to a notice. Printed as `附件：名称`, as
// `附件：1. 名称` followed by `2. 名称` paragraphs, as a bare `附件：` heading over a
// numbered list, or as `附件一：名称` lines.
import { removeCjkSpaces } from '../text/spacing.ts';

const LABEL = /^附件\s*[一二三四五六七八九十\d]*\s*[:：]\s*(.*)$/;
const NUMBERED = /^(?:\d{1,2}\s*[.．、]|[（(]\s*\d{1,2}\s*[)）]|[①-⑳])\s*(?!\d)/;
const INLINE_NUMBER = /\s+(?=\d{1,2}\s*[.．、]\s*\D)/;

function cleanName(text: string): string {
  return removeCjkSpaces(text.replace(NUMBERED, '')).replace(/[；;。，,]+$/, '');
}

export function findAttachments(paragraphs: readonly string[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const m = LABEL.exec(paragraphs[i] ?? '');
    if (!m) continue;
    const rest = (m[1] ?? '').trim();
    if (rest !== '' && !NUMBERED.test(rest)) {
      names.push(cleanName(rest));
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
  return names;
}
