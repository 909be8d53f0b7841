// The metadata block government sites print above a notice (gov.cn's 索引号 / 主题分类 /
// 发文机关 / 成文日期 / 标题 / 发文字号 / 发布日期 table, and the shorter ones of provincial
// sites), read from text lines: the HTML extractor turns the block into lines, and a
// consultant pasting a page copies it along. Several labels may share a line (a table
// row); each value runs to the next label.
import type { SourceLine } from '../lines.ts';
import { parseChineseDate, isoDate } from '../../text/chinese-date.ts';
import { stripSpaces } from '../../text/normalize.ts';

export type PageFields = {
  title: string | null;
  docNumber: string | null;
  agencies: string[];
  date: string | null;
  /** 发布日期 (the page's date), used only when the notice has no 成文日期. */
  published: string | null;
  subject: string | null;
};

const LABELS: Record<string, keyof PageFields | 'ignore'> = {
  索引号: 'ignore',
  主题分类: 'subject',
  主题词: 'ignore',
  发文机关: 'agencies',
  发布机构: 'agencies',
  成文日期: 'date',
  发文日期: 'date',
  标题: 'title',
  名称: 'title',
  发文字号: 'docNumber',
  文号: 'docNumber',
  发布日期: 'published',
  发布时间: 'published',
  公开日期: 'published',
  公开方式: 'ignore',
  公开范围: 'ignore',
  有效性: 'ignore',
  体裁分类: 'ignore',
  组配分类: 'ignore',
};

// A label, possibly spaced out with ideographic spaces to align the table (标, two U+3000, 题), then a colon.
const LABEL = new RegExp(
  `(${Object.keys(LABELS)
    .map((label) => [...label].join('[\\s\\u3000]*'))
    .join('|')})[\\s\\u3000]*[:：]`,
  'gu',
);
// The block sits above the notice text.
const SCAN_LINES = 40;

/** ISO date from `2018年12月17日`, `2018-12-17` or `2018/12/17`. */
export function readAnyDate(text: string): string | null {
  const chinese = parseChineseDate(text);
  if (chinese) return chinese;
  const m = /(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})/.exec(text);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function emptyFields(): PageFields {
  return { title: null, docNumber: null, agencies: [], date: null, published: null, subject: null };
}

/** The fields of the metadata block and the indexes (in `lines`) of the lines it used. */
export function readPageFields(lines: readonly SourceLine[]): { fields: PageFields; used: Set<number> } {
  const fields = emptyFields();
  const used = new Set<number>();
  for (let i = 0; i < Math.min(lines.length, SCAN_LINES); i++) {
    const text = lines[i]?.text ?? '';
    const found = [...text.matchAll(LABEL)];
    // A line is the block's only when it starts with a label (a sentence that mentions 文号 is not).
    if (found.length === 0 || (found[0]?.index ?? -1) !== 0) continue;
    used.add(i);
    found.forEach((match, k) => {
      const label = stripSpaces(match[1] ?? '').replace(/\u3000/g, '');
      const start = (match.index ?? 0) + match[0].length;
      const end = found[k + 1]?.index ?? text.length;
      const value = text.slice(start, end).trim();
      const field = LABELS[label];
      if (!field || field === 'ignore' || value === '') return;
      if (field === 'agencies') fields.agencies = value.split(/[\s\u3000、，,；;]+/).filter((n) => n !== '');
      else if (field === 'date') fields.date = readAnyDate(value);
      else if (field === 'published') fields.published = readAnyDate(value);
      else if (field === 'docNumber') fields.docNumber = stripSpaces(value);
      else fields[field] = value;
    });
  }
  return { fields, used };
}
