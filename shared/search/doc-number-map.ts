// The exact map from 文号 keys (docNumberKey, and agency code + year + number) to
// documents. Persisted as two typed arrays — key hashes, sorted, and the ordinal beside
// each — so loading an index of 50,000 notices does not recompute 100,000 keys (that
// alone took longer than the rest of loading). A hash hit is confirmed against the
// document's own 文号, so a collision never returns a wrong notice. Documents added
// after loading go to a small Map.
import { docNumberKey } from '../text/normalize.ts';
import { docNumberPartKeys, docNumberParts } from './doc-number-parts.ts';

/** The exact-map keys of a 文号: `=` + docNumberKey, and its parts keys. */
export function exactKeysOf(docNumber: string): string[] {
  const keys = [`=${docNumberKey(docNumber)}`];
  const parts = docNumberParts(docNumber);
  if (parts) keys.push(...docNumberPartKeys(parts));
  return keys;
}

function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export type DocNumberColumns = { hashes: Uint32Array; ords: Uint32Array };

export class DocNumberMap {
  private readonly recent = new Map<string, number[]>();

  /** `docNumberOf` gives a document's 文号 (to confirm hash hits). */
  constructor(
    private readonly docNumberOf: (ord: number) => string | null,
    private readonly base: DocNumberColumns = { hashes: new Uint32Array(0), ords: new Uint32Array(0) },
  ) {}

  add(docNumber: string | null, ord: number): void {
    if (!docNumber) return;
    for (const key of exactKeysOf(docNumber)) {
      const list = this.recent.get(key);
      if (list) list.push(ord);
      else this.recent.set(key, [ord]);
    }
  }

  /** Ordinals (possibly of removed documents: the caller checks) whose 文号 has `key`. */
  get(key: string): number[] {
    const out = [...(this.recent.get(key) ?? [])];
    const { hashes, ords } = this.base;
    const h = hashKey(key);
    let lo = 0;
    let hi = hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((hashes[mid] ?? 0) < h) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < hashes.length && hashes[i] === h; i++) {
      const ord = ords[i] ?? 0;
      const docNumber = this.docNumberOf(ord);
      if (docNumber && exactKeysOf(docNumber).includes(key)) out.push(ord);
    }
    return out;
  }

  /** The map as sorted columns, for the documents `keep` accepts. */
  static columns(count: number, docNumberOf: (ord: number) => string | null, keep: (ord: number) => boolean): DocNumberColumns {
    const pairs: number[] = [];
    for (let ord = 0; ord < count; ord++) {
      const docNumber = docNumberOf(ord);
      if (!docNumber || !keep(ord)) continue;
      for (const key of exactKeysOf(docNumber)) pairs.push(hashKey(key) * 2 ** 21 + ord);
    }
    // (hash, ordinal) packed in one double and sorted natively.
    const packed = Float64Array.from(pairs).sort();
    const hashes = new Uint32Array(packed.length);
    const ords = new Uint32Array(packed.length);
    packed.forEach((value, i) => {
      hashes[i] = Math.floor(value / 2 ** 21);
      ords[i] = value % 2 ** 21;
    });
    return { hashes, ords };
  }
}
