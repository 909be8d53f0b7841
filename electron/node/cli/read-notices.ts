// The notices of several files (bulletins, single notices, saved web pages: read as
// `parse` and the app's import read them), a notice printed in two of them (same 文号, or
// same title and date) once, as the library stores it: what `search` indexes and
// `match` matches.
import type { ParsedNotice } from '../../../shared/model/notice.ts';
import { parseDocument } from '../../../shared/parse/index.ts';
import { docNumberKey, titleKey } from '../../../shared/text/normalize.ts';
import { readInputFile } from './read-input.ts';

export async function readUniqueNotices(files: readonly string[]): Promise<ParsedNotice[]> {
  const notices: ParsedNotice[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const { text, page } = await readInputFile(file);
    // A file that holds no notice (parse says why) adds nothing.
    for (const notice of parseDocument(text, page ?? {}).notices) {
      const keys = [`t:${titleKey(notice.title)}|${notice.date ?? ''}`];
      if (notice.docNumber) keys.push(`d:${docNumberKey(notice.docNumber)}`);
      if (keys.some((key) => seen.has(key))) continue;
      for (const key of keys) seen.add(key);
      notices.push(notice);
    }
  }
  return notices;
}
