// A fast, stable 64-bit hash of a string, for ids that must come out the same on every
// machine and every run (a notice's id from its 文号). Not for secrets: two 32-bit
// MurmurHash3-style lanes over the UTF-16 code units, mixed into 16 hex digits. At 50,000
// notices the chance of any two keys colliding is about 1 in 10^10, and a collision is
// still caught where ids are given out (shared/model/ids.ts).

/** 16 lowercase hex digits. */
export function stableHash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex32(h2) + hex32(h1);
}

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}
