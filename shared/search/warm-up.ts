// Warming the search engine up. V8 runs the matcher's loops unoptimised until they have
// run a while, and builds the thesaurus, pinyin and place-name tables on first use: in a
// new search worker the first search over 50,000 notices took about 100 ms, and the next
// ones several times their warmed speed. The worker warms the engine while it waits
// anyway (on a small library made here, while the persisted index is read) and, once the
// library's own index is open and idle, on that index. Searching changes nothing in an
// index, so warming never changes what a consultant finds.
import { SearchIndex } from './search-index.ts';
import type { SearchDoc } from './types.ts';

/** One query of each shape the engine reads differently (words, runs, 文号, pinyin, initials, typos, traditional, filters of other forms). */
export const WARM_UP_QUERIES: readonly string[] = [
  '通知',
  '关于印发 管理办法',
  '专精特新补助申报截止',
  '工信部联节〔2017〕109号',
  '苏工信中小88号',
  '发改委 企业技术中心',
  '技改补贴',
  '其业',
  '高新技术企业认定 2023',
  'gongyehexinxihua',
  'gylsfz',
  '示範企業',
  '绿色工厂 摇号',
  '关于组织申报国',
];

const TITLES = [
  '关于组织申报{y}年度专精特新中小企业的通知',
  '工业和信息化部关于印发《工业绿色发展规划》的通知',
  '关于开展{y}年高新技术企业认定工作的通知',
  '国家发展改革委关于第{n}批国家企业技术中心认定结果的公示',
  '关于做好{y}年度企业技术改造补贴资金申报工作的通知',
  '关于公布{y}年绿色工厂示范企业名单的通知',
];
const AGENCIES = ['工业和信息化部', '国家发展和改革委员会', '江苏省工业和信息化厅', '广东省科学技术厅'];
const BODY = [
  '各有关单位：为贯彻落实有关要求，加快推进企业技术改造和数字化转型，现将有关事项通知如下。',
  '申报截止时间为{y}年5月10日，逾期不予受理。',
  '对认定的企业给予一次性奖励，所需资金由专项资金安排。',
];

/** A small library of notices shaped like the real ones (common words in most of them, as at any size). */
export function warmUpSampleDocs(count = 160): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (let i = 0; i < count; i++) {
    const year = String(2016 + (i % 8));
    const fill = (text: string): string => text.replaceAll('{y}', year).replaceAll('{n}', String(20 + (i % 9)));
    docs.push({
      id: `warm-up-${i}`,
      title: fill(TITLES[i % TITLES.length] ?? ''),
      docNumber: i % 2 === 0 ? `苏工信中小〔${year}〕${i}号` : `工信部联节〔${year}〕${100 + i}号`,
      agencies: [AGENCIES[i % AGENCIES.length] ?? ''],
      category: i % 2 === 0 ? '政策文件' : '项目申报',
      date: `${year}-0${1 + (i % 9)}-1${i % 10}`,
      deadline: i % 3 === 0 ? `${year}-05-10` : null,
      body: BODY.map(fill),
    });
  }
  return docs;
}

/** Sample notices indexed per warm-up step. */
const SAMPLE_STEP = 20;

/**
 * Warms the engine on a small library of its own, a step at a time (the caller stops when
 * it has something better to do): a few tenths of a second in all, most of them the
 * tables the first search would build anyway.
 */
export function* warmUpOnSample(rounds = 2): Generator<void> {
  const index = new SearchIndex();
  const docs = warmUpSampleDocs();
  // Built in small steps too: the first ones run unoptimised.
  index.beginBulk();
  for (let from = 0; from < docs.length; from += SAMPLE_STEP) {
    for (const doc of docs.slice(from, from + SAMPLE_STEP)) index.add(doc);
    yield;
  }
  index.endBulk();
  const body = docs[0]?.body ?? [];
  for (let round = 0; round < rounds; round++) {
    for (const query of WARM_UP_QUERIES) {
      index.search({ query, limit: 20 });
      index.snippet(query, body);
      yield;
    }
  }
}

/** Warms the engine on `index` itself (its common words are bitmaps, its lists long), a query a step. */
export function* warmUpOn(index: SearchIndex, rounds = 2): Generator<void> {
  for (let round = 0; round < rounds; round++) {
    for (const query of WARM_UP_QUERIES) {
      index.search({ query, limit: 20 });
      yield;
    }
  }
}
