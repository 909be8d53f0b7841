// A large, realistic notice library made from the three real bulletins, for the search
// benchmark: titles recombined (region prefixes, spliced topics, other years), 文号 with
// other numbers, years and bracket styles, agencies of other provinces, dates spread
// over ten years, bodies sampled from all real paragraphs, and clients tagged to
// notices. A fixed seed makes every run index the same corpus.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ClientId, NoticeId } from '../../shared/model/ids.ts';
import { PROVINCES } from '../../shared/model/region.ts';
import type { ParsedNotice } from '../../shared/model/notice.ts';
import { parseBulletin } from '../../shared/parse/index.ts';
import { docNumberParts, type SearchClient, type SearchDoc, type SearchTag } from '../../shared/search/index.ts';
import { BULLETIN_DIR } from '../support/shared-inputs.ts';

export type Corpus = { docs: SearchDoc[]; clients: SearchClient[]; tags: SearchTag[] };

/** The id of the corpus's `n`th notice (from 1), zero-padded: id order is the order generated. */
export function corpusNoticeId(n: number): NoticeId {
  return `n${String(n).padStart(7, '0')}`;
}

/** The id of the corpus's `n`th client (from 1). */
export function corpusClientId(n: number): ClientId {
  return `c${String(n).padStart(4, '0')}`;
}

/** A small, fast, seedable generator (mulberry32). */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

export function sourceNotices(): ParsedNotice[] {
  const dir = BULLETIN_DIR;
  return ['000_2229777bc5f28b07.txt', '002_5fbf075aa49c018d.txt', '003_03e8824eaceeb4ce.txt'].flatMap(
    (file) => parseBulletin(readFileSync(path.join(dir, file), 'utf8')).notices,
  );
}

const REGION_PREFIX = new RegExp(`^(?:${PROVINCES.flatMap((p) => [p.full, p.short]).join('|')}|深圳市|淮北市)`);
const AGENCY_REGION = new RegExp(`^(?:${PROVINCES.flatMap((p) => [p.full, p.short]).join('|')}|深圳市|淮北市|自治区)`);
const BRACKETS: [string, string][] = [['〔', '〕'], ['[', ']'], ['（', '）'], ['(', ')'], ['［', '］']];
const CLIENT_WORDS = ['绿源', '华创', '智造', '恒通', '新能', '中科', '瑞丰', '博远', '宏达', '金桥', '天成', '安信'];
const CLIENT_TRADES = ['环保科技', '装备制造', '新材料', '信息技术', '生物医药', '节能服务', '精密机械', '电子科技'];
const CLIENT_QUALIFICATIONS = ['高新技术企业', '专精特新', '小巨人', '规上企业', '小微企业', '科技型中小企业', '绿色工厂', '单项冠军'];

function withYear(text: string, random: Random): string {
  return text.replace(/20\d\d/g, () => String(random.int(2015, 2024)));
}

export function generateCorpus(size: number, seed = 20240607): Corpus {
  const random = new Random(seed);
  const sources = sourceNotices();
  const cores = sources.map((n) => n.title.replace(REGION_PREFIX, ''));
  const paragraphs = sources.flatMap((n) => n.body).filter((p) => p.length >= 8);
  const categories = [...new Set(sources.map((n) => n.category))];
  const nationalAgencies = [...new Set(sources.flatMap((n) => n.agencies).filter((a) => !AGENCY_REGION.test(a)))];
  const agencySuffixes = [
    ...new Set(
      sources
        .flatMap((n) => n.agencies)
        .filter((a) => AGENCY_REGION.test(a))
        .map((a) => a.replace(AGENCY_REGION, '').replace(/^[省市]/, '')),
    ),
  ].filter((s) => s.length >= 2);
  const codes = [...new Set(sources.map((n) => (n.docNumber ? docNumberParts(n.docNumber)?.code : undefined)).filter((c): c is string => !!c))];

  const docs: SearchDoc[] = [];
  for (let id = 1; id <= size; id++) {
    const source = random.pick(sources);
    const province = random.chance(0.6) ? random.pick(PROVINCES) : null;
    let core = random.pick(cores);
    if (random.chance(0.35)) {
      const other = random.pick(cores);
      const a = Math.floor(core.length * (0.4 + random.next() * 0.2));
      const b = Math.floor(other.length * (0.4 + random.next() * 0.2));
      core = core.slice(0, a) + other.slice(b);
    }
    if (random.chance(0.5)) core = withYear(core, random);
    const title = (province ? random.pick([province.full, province.short]) : '') + core;
    const agencies = province
      ? Array.from({ length: random.int(1, 2) }, () => `${province.full}${random.pick(agencySuffixes)}`)
      : Array.from({ length: random.int(1, 3) }, () => random.pick(nationalAgencies));
    let docNumber: string | null = null;
    if (random.chance(0.7)) {
      const [open, close] = random.pick(BRACKETS);
      docNumber = `${random.pick(codes)}${open}${random.int(2015, 2024)}${close}${random.int(1, 3000)}号`;
    }
    const year = random.int(2015, 2024);
    const date = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    let deadline: string | null = null;
    if (random.chance(0.3)) {
      const d = new Date(`${date}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + random.int(10, 60));
      deadline = d.toISOString().slice(0, 10);
    }
    const target = random.int(300, 4000);
    const body: string[] = [];
    for (let length = 0; length < target; ) {
      // Paragraphs are shared strings (cheap to hold); some get other years.
      const paragraph = random.chance(0.2) ? withYear(random.pick(paragraphs), random) : random.pick(paragraphs);
      body.push(paragraph);
      length += paragraph.length;
    }
    docs.push({
      id: corpusNoticeId(id),
      title,
      docNumber,
      agencies: [...new Set(agencies)],
      category: random.chance(0.8) ? source.category : random.pick(categories),
      date,
      deadline,
      body,
    });
  }

  const clients: SearchClient[] = [];
  const tags: SearchTag[] = [];
  const clientCount = Math.max(10, Math.round(size / 500));
  // Client names are unique in the library (it refuses a second client of a name), so a
  // drawn name already taken gets a branch number.
  const names = new Set<string>();
  for (let id = 1; id <= clientCount; id++) {
    const province = random.pick(PROVINCES);
    const drawn = `${province.short}${random.pick(CLIENT_WORDS)}${random.pick(CLIENT_TRADES)}有限公司`;
    const name = names.has(drawn) ? `${drawn}（第${id}分公司）` : drawn;
    names.add(name);
    clients.push({
      id: corpusClientId(id),
      name,
      qualifications: [...new Set([random.pick(CLIENT_QUALIFICATIONS), random.pick(CLIENT_QUALIFICATIONS)])],
    });
    const tagged = new Set<number>();
    for (let k = random.int(5, 40); k > 0; k--) tagged.add(random.int(1, size));
    for (const n of tagged) tags.push({ clientId: corpusClientId(id), noticeId: corpusNoticeId(n) });
  }
  return { docs, clients, tags };
}
