// The signature block at the end of a notice: the issuing agencies (发文机关), one
// per line or several on one line, then the date (成文日期). Converted documents
// space out short names to fill the line (`财 政 部`, `国 资 委`), and PDF text can
// run two names together (`自治区工业和信息化厅自治区生态环境厅`).
import type { SourceLine } from './lines.ts';
import { CHINESE_DATE, isDateOnly, parseChineseDate } from '../text/chinese-date.ts';

export type Signature = {
  agencies: string[];
  date: string | null;
  /** Index (in the notice's lines) of the date line. */
  line: number;
};

// What the names of Chinese government bodies end with (中心 ends with 心).
const AGENCY_LAST = new Set('部委局厅办室会院署行处府组司心所科庭馆社团站队联盟央关');

function endsLikeAgency(name: string): boolean {
  return AGENCY_LAST.has(name.charAt(name.length - 1)) && (!name.endsWith('心') || name.endsWith('中心'));
}
const NAME_CHARS = /^[\u4e00-\u9fff（）()]{2,40}$/;
// Words no agency's name holds: a title's (关于, 转发, 通知), a site's (网站, 公众号).
const NOT_A_NAME = /关于|转发|印发|通知|公告|的|网站|公众号|手机版|客户端|办法|名单|细则|方案|附件/;

/** Splits a signature line into names: spaces separate names, except between spaced-out letters. */
function tokens(text: string): string[] {
  const parts = text.split(/[\s\u3000]+/).filter((p) => p !== '');
  const names: string[] = [];
  let letters = '';
  for (const part of parts) {
    if ([...part].length === 1) {
      letters += part;
      continue;
    }
    if (letters) names.push(letters);
    letters = '';
    names.push(part);
  }
  if (letters) names.push(letters);
  return names;
}

// Where one name of several run together ends for sure: an office (办公厅, 办公室) or a whole body.
const STRONG_END = /(?:办公厅|办公室|委员会|管委会|管理委员会|人民政府)$/;
// Where the next name plainly starts: a province or city, the state, the Party.
const NAME_START = /^(?:中共|中国|国家|国务院|[\u4e00-\u9fff]{1,6}(?:省|自治区|市))/;

/** `工业和信息化部办公厅发展改革委办公厅`, `中共岳阳市委办公室岳阳市人民政府办公室`: cut after an office. */
function splitAfterOffices(name: string): string[] {
  for (let at = 4; at <= name.length - 3; at++) {
    const left = name.slice(0, at);
    const right = name.slice(at);
    // The rest must be a name of its own, not the office of the body before it (人民政府|办公厅).
    if (right.length < 4 || /^(?:办公|办|厅|局|委|处|室|司|中心|会)/.test(right)) continue;
    if (STRONG_END.test(left) && endsLikeAgency(right) && (NAME_START.test(right) || STRONG_END.test(right) || /(?:部|委|局|厅|署)/.test(right.slice(0, 6)))) {
      return [left, ...splitAfterOffices(right)];
    }
  }
  return [name];
}

/**
 * Two names printed without a space between them: the second starts with the same
 * region or level as the first (自治区…厅自治区…厅, 国家…委国家…局), or follows an office.
 */
function splitRunTogether(name: string): string[] {
  const offices = splitAfterOffices(name);
  if (offices.length > 1) return offices.flatMap(splitSamePrefix);
  return splitSamePrefix(name);
}

function splitSamePrefix(name: string): string[] {
  for (const size of [3, 2]) {
    const prefix = name.slice(0, size);
    for (let at = size + 2; at <= name.length - size - 1; at++) {
      if (name.startsWith(prefix, at) && endsLikeAgency(name.slice(0, at))) {
        return [name.slice(0, at), ...splitSamePrefix(name.slice(at))];
      }
    }
  }
  return [name];
}

/** The agency names on one line, or null when the line is not a line of agency names. */
export function agenciesOnLine(text: string): string[] | null {
  // `…办公室(代)`: signed on another body's behalf.
  const names = tokens(text.trim().replace(/[（(](?:代|代章|盖章|印)[)）]$/, ''));
  if (names.length === 0) return null;
  for (const name of names) if (!NAME_CHARS.test(name) || !endsLikeAgency(name) || NOT_A_NAME.test(name)) return null;
  return names.flatMap(splitRunTogether);
}

/** A line ending in a date, with agency names before it on the same line. */
function agenciesBeforeDate(text: string): string[] | null {
  if (!/[日号]$/.test(text)) return null;
  const m = CHINESE_DATE.exec(text);
  if (!m || text.slice(m.index + m[0].length).trim() !== '') return null;
  return agenciesOnLine(text.slice(0, m.index));
}

/** Finds the first signature block in a notice's lines. */
export function findSignature(lines: readonly SourceLine[]): Signature | null {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    const sameLine = isDateOnly(text) ? [] : agenciesBeforeDate(text);
    if (sameLine === null) continue;
    const above: string[][] = [];
    for (let j = i - 1; j >= 0; j--) {
      const names = agenciesOnLine(lines[j]?.text ?? '');
      if (!names) break;
      above.unshift(names);
    }
    return { agencies: [...above.flat(), ...sameLine], date: parseChineseDate(text), line: i };
  }
  return null;
}

/** True for the date line of a signature block (a date alone, or agency names then a date). */
export function isSignatureDateLine(text: string): boolean {
  return isDateOnly(text) || agenciesBeforeDate(text) !== null;
}
