// The conditions of a notice (申报条件 / 支持对象 / 申报主体 / 申报要求 …): the
// paragraphs under such a heading, or the paragraph that starts with one
// (`（二）申报条件。具有较好的产业基础…`). Matching reads whom a notice is for mostly
// here, and the briefing quotes it.

export type Conditions = {
  /** The heading word that introduced them: 申报条件, 支持对象, … */
  heading: string;
  /** The paragraphs, joined with line breaks; at most MAX_CONDITIONS characters. */
  text: string;
  /** Body paragraph indexes the text comes from, with the item label each starts with (第二条) or null. */
  paragraphs: { index: number; item: string | null }[];
};

const MAX_CONDITIONS = 800;
const MAX_PARAGRAPHS = 8;

const HEADING_WORDS = [
  '申报条件',
  '申请条件',
  '支持对象',
  '支持范围',
  '申报主体',
  '申报对象',
  '申请对象',
  '申请主体',
  '资助对象',
  '申报范围',
  '实施主体',
  '申报单位条件',
  '申报单位',
  '申报要求',
  '申报资格',
  '资格条件',
  '推荐条件',
  '参评条件',
  '评价范围',
  '征集范围',
  '基本条件',
];

// A heading marker: 一、 （一） (一) 1. 1、 （1） 第一条.
const MARKER = /^(?:第[一二三四五六七八九十百]+条|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]|[（(]\d+[）)])\s*/;
const HEADING = new RegExp(`^(?:${MARKER.source.slice(1)})?(${HEADING_WORDS.join('|')})`);
const TOP_LEVEL = /^[一二三四五六七八九十]+[、.．]/;
const CHINESE_NUMBERS = '一二三四五六七八九十';

/** 第二条 for a paragraph starting （二） or 2. ; null for one without a marker. */
export function itemLabel(paragraph: string): string | null {
  const marker = MARKER.exec(paragraph)?.[0];
  if (!marker) return null;
  const digits = /\d+/.exec(marker)?.[0];
  if (digits) return `第${toChinese(Number(digits))}条`;
  const chinese = /[一二三四五六七八九十百]+/.exec(marker)?.[0];
  return chinese ? `第${chinese}条` : null;
}

function toChinese(n: number): string {
  if (n <= 10) return n === 10 ? '十' : (CHINESE_NUMBERS[n - 1] ?? String(n));
  if (n < 20) return `十${CHINESE_NUMBERS[n - 11] ?? ''}`;
  if (n < 100) return `${CHINESE_NUMBERS[Math.floor(n / 10) - 1] ?? ''}十${n % 10 === 0 ? '' : (CHINESE_NUMBERS[(n % 10) - 1] ?? '')}`;
  return String(n);
}

/** The conditions of a notice, or null when no paragraph names them. */
export function findConditions(body: readonly string[]): Conditions | null {
  let heading: string | null = null;
  const picked: { index: number; item: string | null }[] = [];
  let length = 0;
  for (let i = 0; i < body.length && picked.length < MAX_PARAGRAPHS && length < MAX_CONDITIONS; i += 1) {
    const paragraph = body[i] ?? '';
    const match = HEADING.exec(paragraph);
    if (!match) continue;
    heading ??= match[1] ?? null;
    // A short heading line: its section follows, until the next heading of its level or above.
    const isHeadingLine = paragraph.length <= 30;
    if (!isHeadingLine) {
      picked.push({ index: i, item: null });
      length += paragraph.length;
      continue;
    }
    const topLevel = TOP_LEVEL.test(paragraph);
    for (let j = i + 1; j < body.length && picked.length < MAX_PARAGRAPHS && length < MAX_CONDITIONS; j += 1) {
      const next = body[j] ?? '';
      if (TOP_LEVEL.test(next) || (!topLevel && MARKER.test(next) && next.length <= 30 && !HEADING.test(next))) break;
      if (HEADING.test(next) && next.length <= 30) break;
      picked.push({ index: j, item: itemLabel(next) });
      length += next.length;
      i = j;
    }
  }
  if (heading === null || picked.length === 0) return null;
  const text = picked.map((p) => body[p.index] ?? '').join('\n');
  return { heading, text: text.length > MAX_CONDITIONS ? `${text.slice(0, MAX_CONDITIONS)}…` : text, paragraphs: picked };
}
