// The heavy half of an import, for one file: text out of the bytes (pdf.js, mammoth,
// Readability, decoding), then the parser (a bulletin, one notice or several). It runs in the import worker (import.worker.ts),
// or in-process where there is no Worker (tests). No storage here: the result goes back
// to the main thread, which saves it (see pipeline.ts for why).
import { extractText } from '../../../shared/extract/index.ts';
import { isExtractError } from '../../../shared/extract/errors.ts';
import type { ExtractEnv } from '../../../shared/extract/types.ts';
import { bulletinRefusal, parseDocument, type DocumentReading } from '../../../shared/parse/index.ts';
import type { ExtractWarning } from '../../../shared/extract/problems.ts';
import { detailOf } from '../../../shared/error-detail.ts';
import type { ImportProblem, PreparedBulletin } from './types.ts';

export type AnalysisStage = 'extracting' | 'parsing';

export type Analysis =
  | { ok: true; prepared: PreparedBulletin; warnings: ExtractWarning[]; reading: DocumentReading | null }
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
    if (parsed.kind === 'not-notice') return { ok: false, problem: { code: 'not-a-notice', refusal: parsed.refusal ?? 'no-marks', text: extracted.text } };
    const refusal = parsed.kind === 'bulletin' ? bulletinRefusal(parsed) : null;
    if (refusal) return { ok: false, problem: { code: 'not-a-bulletin', why: refusal } };
    return {
      ok: true,
      warnings: extracted.warnings,
      // How a file that is not a bulletin was read, for the report.
      reading: parsed.kind === 'bulletin' ? null : parsed.reading,
      prepared: {
        kind: parsed.kind,
        fileName: file.name,
        format: extracted.format,
        contentHash: file.contentHash,
        byteLength: file.bytes.byteLength,
        bulletin: parsed.bulletin,
        notices: parsed.notices,
        original: { text: extracted.text, html: extracted.html ?? null },
      },
    };
  } catch (error) {
    if (isExtractError(error)) return { ok: false, problem: { code: 'extract-refused', problem: error.problem } };
    return { ok: false, problem: { code: 'unreadable', detail: detailOf(error) } };
  }
}
