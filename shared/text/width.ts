// How wide text is set, roughly, in ems of its font: a Chinese character or full-width
// mark is one em, anything else a little over half. Enough to say where a line wraps
// (the PDF reader, the briefing's page fit, the library's column widths).
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u{20000}-\u{2ffff}]/u;

/** A Chinese (or full-width) character: set one em wide. */
export const isCjk = (char: string | undefined): boolean => char !== undefined && CJK.test(char);

/** Latin letters, digits and half-width marks, in ems (an average over Times and Arial). */
const NARROW_EM = 0.55;

export function textEms(text: string): number {
  let width = 0;
  for (const char of text) width += isCjk(char) ? 1 : NARROW_EM;
  return width;
}
