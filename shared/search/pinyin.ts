// Pinyin for search: the readings of Chinese characters (pinyin-pro), the toneless
// syllable inventory, and reading a typed query as full pinyin (lvse zhizao) or as
// initials (lszz). Readings are looked up per character and cached: pinyin-pro's
// word segmentation costs ~5 µs a character, too slow for 50,000 titles, and indexing
// every reading of a polyphonic character (行 xing/hang) finds 银行 as yinhang and
// yinxing alike, where one contextual reading would miss the other.
import { pinyin } from 'pinyin-pro';

// Toneless syllables as pinyin-pro writes them with `v: true` (ü → v).
const SYLLABLE_LIST = (
  'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng ' +
  'cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu ' +
  'cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ' +
  'ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang ' +
  'gui gun guo ha hai han hang hao he hei hen heng hng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang ' +
  'jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui ' +
  'kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve m ' +
  'ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu n na nai nan nang nao ne nei nen neng ng ' +
  'ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao ' +
  'pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong ' +
  'rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu ' +
  'shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao ' +
  'tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong ' +
  'xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng ' +
  'zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou ' +
  'zu zuan zui zun zuo'
).split(' ');

/** Syllable id (index in the inventory) by syllable. Ids are below 1024. */
const SYLLABLE_ID: ReadonlyMap<string, number> = new Map(SYLLABLE_LIST.map((syllable, id) => [syllable, id]));
const LONGEST_SYLLABLE = 6;

// Every prefix of a syllable, so a query typed up to the middle of its last syllable
// (lvsezh) still reads.
const SYLLABLE_PREFIXES: ReadonlySet<string> = new Set(
  SYLLABLE_LIST.flatMap((syllable) => Array.from({ length: syllable.length }, (_, i) => syllable.slice(0, i + 1))),
);

export function syllableOf(id: number): string {
  return SYLLABLE_LIST[id] ?? '';
}

/** The initial letter of a syllable as a number 0..25 (zh/ch/sh count as z/c/s). */
export function initialOf(id: number): number {
  return (SYLLABLE_LIST[id]?.charCodeAt(0) ?? 97) - 97;
}

/** At most this many readings of one character are indexed (the commonest first). */
const MAX_READINGS = 3;
const NO_READINGS: readonly number[] = [];
const readingsCache = new Map<number, readonly number[]>();

/** Syllable ids of the readings of one Chinese character, commonest first; [] for others. */
export function readingsOf(codePoint: number): readonly number[] {
  const cached = readingsCache.get(codePoint);
  if (cached) return cached;
  const ids: number[] = [];
  for (const reading of pinyin(String.fromCodePoint(codePoint), { toneType: 'none', type: 'array', v: true, multiple: true })) {
    const id = SYLLABLE_ID.get(reading);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
    if (ids.length === MAX_READINGS) break;
  }
  const result = ids.length > 0 ? ids : NO_READINGS;
  readingsCache.set(codePoint, result);
  return result;
}

/**
 * `letters` (lowercase a–z, ü written v) split into syllables, fewest syllables first
 * (xian → xian, not xi an); the last piece may be an unfinished syllable (lvsezh →
 * lv se, zh dropped). Null when the letters are not pinyin.
 */
export function splitPinyin(letters: string): number[] | null {
  const n = letters.length;
  if (n === 0 || n > 64) return null;
  // best[i]: fewest syllables covering letters[0, i); -1 when impossible.
  const best = new Int32Array(n + 1).fill(-1);
  const from = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    const here = best[i] ?? -1;
    if (here < 0) continue;
    for (let len = 1; len <= LONGEST_SYLLABLE && i + len <= n; len++) {
      if (!SYLLABLE_ID.has(letters.slice(i, i + len))) continue;
      const there = best[i + len] ?? -1;
      if (there < 0 || here + 1 < there) {
        best[i + len] = here + 1;
        from[i + len] = i;
      }
    }
  }
  let end = n;
  if ((best[n] ?? -1) < 0) {
    // An unfinished last syllable: the longest readable start followed by a prefix.
    end = -1;
    for (let i = n - 1; i > 0; i--) {
      if ((best[i] ?? -1) > 0 && SYLLABLE_PREFIXES.has(letters.slice(i))) {
        end = i;
        break;
      }
    }
    if (end < 0) return null;
  }
  const ids: number[] = [];
  for (let i = end; i > 0; i = from[i] ?? 0) ids.push(SYLLABLE_ID.get(letters.slice(from[i] ?? 0, i)) ?? 0);
  return ids.reverse();
}

/** Whether `letters` are whole pinyin syllables, with nothing left over (detong, zhi). */
export function isWholePinyin(letters: string): boolean {
  const ids = splitPinyin(letters);
  return ids !== null && ids.reduce((length, id) => length + syllableOf(id).length, 0) === letters.length;
}

/** Initials typed as letters (lszz) as numbers 0..25; null when not plain a–z. */
export function initialsOf(letters: string): number[] | null {
  if (!/^[a-z]+$/.test(letters)) return null;
  return Array.from(letters, (ch) => ch.charCodeAt(0) - 97);
}

/** The commonest reading of each character of `text`, joined (绿色 → lvse); other characters are dropped. */
export function pinyinLetters(text: string): { full: string; initials: string } {
  let full = '';
  let initials = '';
  for (const ch of text) {
    const first = readingsOf(ch.codePointAt(0) ?? 0)[0];
    if (first === undefined) continue;
    const syllable = syllableOf(first);
    full += syllable;
    initials += syllable[0] ?? '';
  }
  return { full, initials };
}
