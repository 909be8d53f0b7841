// 文号 as search sees them: the agency code, year and serial number of
// `工信部联节〔2016〕304号`, read from any printing of it (〔〕 [] （） ［］, spaces, full
// width, no brackets at all: `工信部联节2016 304`). The index keeps an exact map from
// these parts to notices, so a 文号 typed any way finds its notice first.
import { docNumberKey } from '../text/normalize.ts';

export type DocNumberParts = {
  /** The issuing agency's abbreviation: 工信部联节. */
  code: string;
  year: number | null;
  number: number;
};

// docNumberKey has turned every bracket into ( ) and removed spaces.
const WITH_YEAR = /^(\p{Script=Han}{1,20}?)\(?((?:19|20)\d{2})\)?(?:年)?第?0*(\d{1,6})号?$/u;
const WITHOUT_YEAR = /^(\p{Script=Han}{1,20}?)第?0*(\d{1,6})号$/u;

/** The parts of a 文号, or null when `text` is not one. */
export function docNumberParts(text: string): DocNumberParts | null {
  const key = docNumberKey(text);
  const withYear = WITH_YEAR.exec(key);
  if (withYear) return { code: withYear[1] ?? '', year: Number(withYear[2]), number: Number(withYear[3]) };
  const withoutYear = WITHOUT_YEAR.exec(key);
  if (withoutYear) return { code: withoutYear[1] ?? '', year: null, number: Number(withoutYear[2]) };
  return null;
}

/**
 * The keys under which a 文号 is found in the exact map: with its year, and without
 * it (工信部联节304号 typed from memory).
 */
export function docNumberPartKeys(parts: DocNumberParts): string[] {
  const keys = [`${parts.code}|${parts.number}`];
  if (parts.year !== null) keys.unshift(`${parts.code}|${parts.year}|${parts.number}`);
  return keys;
}

/** The exact-map key a query is looked up under, or null when it does not read as a 文号. */
export function docNumberQueryKey(query: string): string | null {
  const parts = docNumberParts(query);
  if (!parts) return null;
  return parts.year === null ? `${parts.code}|${parts.number}` : `${parts.code}|${parts.year}|${parts.number}`;
}
