// The metadata sites print above (or beside) a notice: gov.cn's 索引号 / 主题分类 / 发文机关 /
// 成文日期 / 标题 / 发文字号 / 发布日期 table, the shorter blocks of provincial sites, the
// `发布时间：… 来源：… 浏览次数：` line of most pages, pipe-separated tables copied from a
// policy database (`文件号 | 国办发〔2021〕45号 | 制发日期 | 2021-11-10 |`) and a repost's
// timestamp line (`2016-06-29 09:33 来源: 工业和信息化部网站`). Each line is read on its own:
// a line is metadata when it starts with a label (or a timestamp) and every part of it is
// a label with its value; a sentence of the notice that mentions 文号 is not.
import { parseChineseDate, isoDate } from '../../text/chinese-date.ts';
import { stripSpaces } from '../../text/normalize.ts';
import { docNumberOnLine } from '../doc-number.ts';

export type PageFields = {
  title: string | null;
  docNumber: string | null;
  /** 发文机关 / 发布机构: the issuer as the site names it. */
  agencies: string[];
  /** 来源: the unit that posted the page (often the issuer, sometimes a newspaper or the site). */
  source: string | null;
  /** 成文日期 / 制发日期. */
  date: string | null;
  /** 发布日期 (the page's date), used only when the notice has no 成文日期. */
  published: string | null;
  subject: string | null;
  /** A deadline a policy database prints in its table (`截止日期 | 于2021年9月26日前`), as printed. */
  deadline: string | null;
};

type Field = keyof PageFields | 'ignore';

const LABELS: Record<string, Field> = {
  索引号: 'ignore',
  主题分类: 'subject',
  主题词: 'ignore',
  发文机关: 'agencies',
  发布机构: 'agencies',
  发布机关: 'agencies',
  发布单位: 'agencies',
  颁布单位: 'agencies',
  发文单位: 'agencies',
  发文部门: 'agencies',
  制发机关: 'agencies',
  制定机关: 'agencies',
  成文日期: 'date',
  发文日期: 'date',
  制发日期: 'date',
  印发日期: 'date',
  发文时间: 'date',
  标题: 'title',
  名称: 'title',
  文件名称: 'title',
  发文字号: 'docNumber',
  文号: 'docNumber',
  文件号: 'docNumber',
  文件编号: 'docNumber',
  发布文号: 'docNumber',
  发文号: 'docNumber',
  颁布文号: 'docNumber',
  发布日期: 'published',
  发布时间: 'published',
  公开日期: 'published',
  官网发布日期: 'date',
  颁布时间: 'date',
  颁布日期: 'date',
  发表时间: 'published',
  发表于: 'published',
  更新时间: 'published',
  时间: 'published',
  日期: 'published',
  来源: 'source',
  信息来源: 'source',
  文章来源: 'source',
  稿件来源: 'source',
  生效日期: 'ignore',
  实施日期: 'ignore',
  施行日期: 'ignore',
  所属分类: 'ignore',
  内容概述: 'ignore',
  时效: 'ignore',
  分类: 'ignore',
  公开方式: 'ignore',
  公开范围: 'ignore',
  公开目录: 'ignore',
  有效性: 'ignore',
  效力状态: 'ignore',
  时效性: 'ignore',
  体裁分类: 'ignore',
  组配分类: 'ignore',
  政策级别: 'ignore',
  政策主题: 'ignore',
  政策类型: 'ignore',
  所属行业: 'ignore',
  作者: 'ignore',
  编辑: 'ignore',
  责任编辑: 'ignore',
  浏览次数: 'ignore',
  浏览量: 'ignore',
  浏览: 'ignore',
  点击数: 'ignore',
  点击: 'ignore',
  阅读次数: 'ignore',
  阅读量: 'ignore',
  访问量: 'ignore',
  字号: 'ignore',
  字体: 'ignore',
  受理时间: 'deadline',
  截止日期: 'deadline',
  截止时间: 'deadline',
  申报截止: 'deadline',
  申报截止日期: 'deadline',
  申报截止时间: 'deadline',
  主管部门: 'ignore',
  受理部门: 'ignore',
  适用对象: 'ignore',
  政策来源: 'ignore',
  官网链接: 'ignore',
};

// Labels that may stand without a colon in a pipe-separated table cell.
const SPACED = (label: string): string => [...label].join('[\\s\\u3000]*');
const LABEL_ALTERNATION = Object.keys(LABELS)
  .sort((a, b) => b.length - a.length)
  .map(SPACED)
  .join('|');
// A label, possibly spaced out with ideographic spaces to align the table (标, two U+3000, 题), then a colon.
const LABEL = new RegExp(`(${LABEL_ALTERNATION})[\\s\\u3000]*[:：]`, 'gu');
// The same labels followed by spaces instead of a colon, each at the start or after a space.
const SPACED_LABEL = new RegExp(`(?:^|(?<=\\s))(${LABEL_ALTERNATION})(?:[\\s\\u3000]+|$)`, 'gu');
const CELL_LABEL = new RegExp(`^(?:${LABEL_ALTERNATION})[\\s\\u3000]*[:：]?$`, 'u');
// A repost's timestamp at the start of the line: `2016-06-29 09:33`, `2017-03-22 11:43:19发布`.
const TIMESTAMP = /^(\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:发布)?/;

/** ISO date from `2018年12月17日`, `2018-12-17`, `2018/12/17` or `2018.12.17`. */
export function readAnyDate(text: string): string | null {
  const chinese = parseChineseDate(text);
  if (chinese) return chinese;
  // `2018年03月27`: a table's date with its 日 lost.
  const cut = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})(?!\d)/.exec(text);
  if (cut) return isoDate(Number(cut[1]), Number(cut[2]), Number(cut[3]));
  const m = /(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})/.exec(text);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function emptyFields(): PageFields {
  return { title: null, docNumber: null, agencies: [], source: null, date: null, published: null, subject: null, deadline: null };
}

function labelOf(raw: string): string {
  return stripSpaces(raw).replace(/\u3000/g, '').replace(/[:：]$/, '');
}

function assign(fields: PageFields, label: string, rawValue: string): void {
  const field = LABELS[label];
  const value = rawValue.replace(/^[|｜\s]+|[|｜\s]+$/g, '').trim();
  if (!field || field === 'ignore' || /^(?:|\/|无|无号|暂无|-+)$/.test(value)) return;
  if (field === 'agencies') fields.agencies = value.split(/[\s\u3000、，,；;]+/).filter((n) => n !== '');
  else if (field === 'date') fields.date = readAnyDate(value);
  else if (field === 'published') fields.published = readAnyDate(value) ?? fields.published;
  else if (field === 'docNumber') {
    // `遵府办函〔2022〕56号 是否有效:是`: the 文号, not the words after it.
    const number = /[\u4e00-\u9fff]{1,20}\s*[〔［【[（(﹝]\s*\d{4}\s*[〕］】\]）)﹞]\s*第?\s*\d{1,6}\s*号/.exec(value)?.[0];
    fields.docNumber = stripSpaces(number ?? value);
  }
  else if (field === 'source') {
    // `来源:省科技厅皖高企认〔2010〕11号`: the 文号 run into the source's name.
    const first = value.split(/\s+/)[0] ?? '';
    const glued = /^(.{1,30}?[局厅委办部府室会心])([\u4e00-\u9fff]{1,12}[〔［【[（(]\d{4}[〕］】\]）)]\s*\d{1,6}号)$/.exec(first);
    fields.source = glued?.[1] ?? first;
    if (glued?.[2]) fields.docNumber ??= glued[2];
  }
  else if (field === 'deadline') fields.deadline = `${label}：${value}`;
  else fields[field] = value;
}

/** A pipe-separated row: label cells each followed by their value cell. */
function readRow(text: string): PageFields | null {
  const cells = text.split(/\s*[|｜]\s*/).map((c) => c.trim());
  const fields = emptyFields();
  let labels = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] ?? '';
    if (cell === '') continue;
    if (CELL_LABEL.test(cell)) {
      labels++;
      const value = cells[i + 1] ?? '';
      if (!CELL_LABEL.test(value)) {
        assign(fields, labelOf(cell), value);
        i++;
      }
      continue;
    }
    // A cell `发布日期:2020-10-27 来源:武进高新区管委会` holds its own labels.
    const inner = readLabelled(cell);
    if (inner !== null) {
      labels++;
      merge(fields, inner);
      continue;
    }
    // A label the table has and this reader does not know: a few words, then its value cell.
    if (/^[\u4e00-\u9fff]{2,8}[:：]?$/.test(cell) && i + 1 < cells.length) {
      i++;
      continue;
    }
    return null;
  }
  return labels > 0 ? fields : null;
}

/** `发布时间：2018-12-19 来源：市场监管总局 浏览次数：…`: labels with colons, each value to the next label. */
function readLabelled(text: string): PageFields | null {
  const fields = emptyFields();
  let rest = text;
  const stamp = TIMESTAMP.exec(rest);
  if (stamp?.[1]) {
    fields.published = readAnyDate(stamp[1]);
    rest = rest.slice(stamp[0].length).trim();
    if (rest === '') return fields;
  }
  let found = [...rest.matchAll(LABEL)];
  // `国家税务总局公告2018年第41号 颁布时间:2018/7/23`: the 文号 before the first label.
  const leading = found[0]?.index ? docNumberOnLine(rest.slice(0, found[0].index)) : null;
  if (leading !== null) {
    fields.docNumber = leading;
    rest = rest.slice(found[0]?.index ?? 0);
    found = [...rest.matchAll(LABEL)];
  }
  if (found.length === 0 || (found[0]?.index ?? -1) !== 0) {
    // A table copied without colons: `发布机构 灌云县市场监督管理局 发文日期 2023-08-16`.
    found = [...rest.matchAll(SPACED_LABEL)];
    if (found.length === 0 || (found[0]?.index ?? -1) !== 0 || (found.length < 2 && rest.length > 50)) return null;
  }
  found.forEach((match, k) => {
    const start = (match.index ?? 0) + match[0].length;
    const end = found[k + 1]?.index ?? rest.length;
    assign(fields, labelOf(match[1] ?? ''), rest.slice(start, end));
  });
  // `来源:长乐区工业和信息化局 2024-03-22 16:27`: the page's date after another label's value.
  if (fields.published === null && fields.date === null) {
    const stamp = /(\d{4}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2})?/.exec(rest);
    if (stamp?.[1]) fields.published = readAnyDate(stamp[1]);
  }
  return fields;
}

// A label alone on its line, its value on the next: `[ 发文字号 ]` / `綦经信〔2022〕20号`.
const LABEL_ALONE = new RegExp(`^[\\[【［(（]?\\s*(${LABEL_ALTERNATION})\\s*[\\]】］)）]?\\s*[:：]?$`, 'u');

/** The label of a line that holds only a metadata label, or null. */
export function labelAlone(text: string): string | null {
  const m = LABEL_ALONE.exec(text.trim());
  return m?.[1] ? labelOf(m[1]) : null;
}

/** The fields of a label line and its value line. */
export function readLabelAndValue(label: string, value: string): PageFields {
  const fields = emptyFields();
  assign(fields, label, value);
  return fields;
}

/** The fields a metadata line gives, or null when the line is not metadata. */
export function readMetaLine(raw: string): PageFields | null {
  if (raw.length > 200) return null;
  // `【文 号】天津市国家税务局公告2013年第7号`: a label in brackets.
  const text = raw.replace(/^[【[［]\s*([^】\]］]{1,10}?)\s*[】\]］]\s*(?=\S)/, (whole, label: string) => (LABELS[labelOf(label)] ? `${label}：` : whole));
  if (/[|｜]/.test(text)) {
    const row = readRow(text);
    if (row) return row;
  }
  return readLabelled(text);
}

/** `into` completed with what `from` has and `into` lacks (the first value found wins). */
export function merge(into: PageFields, from: PageFields): PageFields {
  into.title ??= from.title;
  into.docNumber ??= from.docNumber;
  if (into.agencies.length === 0) into.agencies = from.agencies;
  into.source ??= from.source;
  into.date ??= from.date;
  into.published ??= from.published;
  into.subject ??= from.subject;
  into.deadline ??= from.deadline;
  return into;
}
