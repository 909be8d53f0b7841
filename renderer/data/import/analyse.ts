// The heavy half of an import, for one file: text out of the bytes (pdf.js, mammoth,
// Readability, decoding), then the parser (a bulletin, one notice or several). It runs in the import worker (import.worker.ts),
// or in-process where there is no Worker (tests). No storage here: the result goes back
// to the main thread, which saves it (see pipeline.ts for why).
import { extractText } from '../../../shared/extract/index.ts';
import { isExtractError } from '../../../shared/extract/errors.ts';
import type { ExtractEnv } from '../../../shared/extract/types.ts';
import type { ParsedBulletin } from '../../../shared/model/notice.ts';
import { parseDocument } from '../../../shared/parse/index.ts';
import { detailOf } from '../../../shared/error-detail.ts';
import type { ImportProblem, PreparedBulletin } from './types.ts';

export type AnalysisStage = 'extracting' | 'parsing';

export type Analysis =
  | { ok: true; prepared: PreparedBulletin; warnings: string[]; reading: string | null }
  | { ok: false; problem: ImportProblem };

export async function analyseFile(
  file: { name: string; bytes: Uint8Array; contentHash: string },
  env: ExtractEnv,
  onStage: (stage: AnalysisStage) => void = () => {},
): Promise<Analysis> {
  try {
    onStage('extracting');
    const extracted = await extractText({ name: file.name, bytes: file.bytes }, env);
    onStage('parsing');
    const parsed = parseDocument(extracted.text, extracted.page ?? {});
    if (parsed.kind === 'not-notice') return { ok: false, problem: { code: 'not-a-notice', reason: parsed.reason } };
    const refusal = parsed.kind === 'bulletin' ? notABulletin(parsed) : null;
    if (refusal) return { ok: false, problem: { code: 'not-a-bulletin', why: refusal } };
    return {
      ok: true,
      warnings: extracted.warnings,
      // How a file that is not a bulletin was read, for the report.
      reading: parsed.kind === 'bulletin' ? null : parsed.reason,
      prepared: {
        kind: parsed.kind,
        fileName: file.name,
        format: extracted.format,
        contentHash: file.contentHash,
        byteLength: file.bytes.byteLength,
        bulletin: parsed.bulletin,
        notices: parsed.notices,
      },
    };
  } catch (error) {
    if (isExtractError(error)) return { ok: false, problem: { code: 'extract-refused', message: error.message } };
    return { ok: false, problem: { code: 'unreadable', detail: detailOf(error) } };
  }
}

/**
 * A text that is not a bulletin is REFUSED, with the reason, rather than stored as one
 * made-up notice: the library is a library of government notices, and a stray file (a
 * contract, minutes, a novel) turned into a "notice" would pollute search and briefings.
 * A file is a bulletin when the parser finds at least one notice with something that
 * only a government notice has: a 文号, a 发文机关, a 成文日期 or a 相关链接. Its other
 * notices are kept as the parser gave them.
 */
export function notABulletin(parsed: ParsedBulletin): 'no-notices' | 'no-government-notice' | null {
  if (parsed.notices.length === 0) return 'no-notices';
  const identified = parsed.notices.some(
    (n) => n.title.trim() !== '' && (n.docNumber !== null || n.agencies.length > 0 || n.date !== null || n.url !== null),
  );
  return identified ? null : 'no-government-notice';
}
