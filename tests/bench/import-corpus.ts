// Bulletins for the import benchmark: N distinct bulletin TEXTS recombined from the
// notices of the three real bulletins (fixed seed, so every run imports the same
// corpus). Each bulletin has 6–12 notices in the first real bulletin's layout (heading,
// 文号, body, agencies, date, 相关链接); titles, 文号 and dates are varied so notices
// are distinct, and about one notice in ten is a reprint of an earlier bulletin's
// notice, so the import's duplicate merging is exercised as in real life.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ParsedNotice } from '../../shared/model/notice.ts';
import { parseBulletin } from '../../shared/parse/index.ts';
import { BULLETIN_DIR } from '../support/shared-inputs.ts';

const DIR = BULLETIN_DIR;
const SOURCES = ['000_2229777bc5f28b07.txt', '002_5fbf075aa49c018d.txt', '003_03e8824eaceeb4ce.txt'];
const REGIONS = ['北京', '天津', '上海', '重庆', '河北', '山西', '江苏', '浙江', '安徽', '福建', '山东', '河南', '湖北', '广东', '四川', '陕西'];
const REPRINT_SHARE = 0.1;

export type CorpusFile = { name: string; text: string };

/** mulberry32: a small, fast, well-mixed seeded generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateBulletins(count: number, seed = 20181202): { files: CorpusFile[]; notices: number } {
  const pool = SOURCES.flatMap((name) => parseBulletin(readFileSync(path.join(DIR, name), 'utf8')).notices).filter(
    (n) => n.body.length > 0,
  );
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const printed: ParsedNotice[] = [];
  const files: CorpusFile[] = [];
  let serial = 0;
  let notices = 0;
  for (let b = 0; b < count; b++) {
    const year = 2015 + Math.floor(rand() * 10);
    const size = 6 + Math.floor(rand() * 7);
    const chosen: ParsedNotice[] = [];
    for (let i = 0; i < size; i++) {
      if (printed.length > 0 && rand() < REPRINT_SHARE) {
        chosen.push(pick(printed));
        continue;
      }
      serial += 1;
      const variant = vary(pick(pool), serial, year, rand, pick);
      printed.push(variant);
      chosen.push(variant);
    }
    notices += chosen.length;
    files.push({ name: `快讯-${String(b + 1).padStart(5, '0')}.txt`, text: render(chosen, year, b + 1) });
  }
  return { files, notices };
}

function vary(
  notice: ParsedNotice,
  serial: number,
  year: number,
  rand: () => number,
  pick: <T>(items: readonly T[]) => T,
): ParsedNotice {
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const region = pick(REGIONS);
  const title = notice.title.startsWith('关于') ? `${region}${notice.title.replace(/的(通知|意见|办法)$/, `（第${serial}批）的$1`)}` : `${notice.title}（第${serial}批）`;
  const docNumber = notice.docNumber
    ? notice.docNumber.replace(/\d{4}/, String(year)).replace(/\d+号$/, `${serial}号`)
    : rand() < 0.5
      ? null
      : `${region.slice(0, 1)}政发〔${year}〕${serial}号`;
  return { ...notice, title, docNumber, date, url: notice.url ? `${notice.url}?v=${serial}` : null };
}

function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The first real bulletin's layout, which the parser reads. */
function render(notices: ParsedNotice[], year: number, issue: number): string {
  const sections = new Map<string, ParsedNotice[]>();
  for (const n of notices) sections.set(n.category, [...(sections.get(n.category) ?? []), n]);
  const lines = ['# 北京关键要素科技有限公司', '', '## 快 讯', '', `(${year}) ${String(issue).padStart(4, '0')} 期`, '', '### 目 录', ''];
  for (const [category, items] of sections) {
    lines.push(`<b>[${category}]</b> .....\t<b>2</b>`);
    for (const n of items) lines.push(`${n.title} .....\t2`);
  }
  lines.push('', '');
  for (const [category, items] of sections) {
    lines.push(`## [${category}]`, '');
    for (const n of items) {
      lines.push(`# ${n.title}`, '');
      if (n.docNumber) lines.push(n.docNumber, '');
      for (const paragraph of n.body) lines.push(paragraph, '');
      for (const agency of n.agencies) lines.push(agency, '');
      if (n.date) lines.push(chineseDate(n.date), '');
      if (n.url) lines.push(`**相关链接：** <${n.url}>`, '');
      lines.push('');
    }
  }
  return lines.join('\n');
}
