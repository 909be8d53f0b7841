// The notices of several bulletin files, a notice printed in two of them (same 文号, or
// same title and date) once, as the library stores it: what `search` indexes and
// `match` matches.
import type { ParsedNotice } from '../../../shared/model/notice.ts';
import { parseBulletin } from '../../../shared/parse/index.ts';
import { docNumberKey, titleKey } from '../../../shared/text/normalize.ts';
import { readInputFile } from './read-input.ts';

export async function readUniqueNotices(files: readonly string[]): Promise<ParsedNotice[]> {
  const notices: ParsedNotice[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const { text } = await readInputFile(file);
    for (const notice of parseBulletin(text).notices) {
      const keys = [`t:${titleKey(notice.title)}|${notice.date ?? ''}`];
      if (notice.docNumber) keys.push(`d:${docNumberKey(notice.docNumber)}`);
      if (keys.some((key) => seen.has(key))) continue;
      for (const key of keys) seen.add(key);
      notices.push(notice);
    }
  }
  return notices;
}
