// Reads a bulletin file for the command line: .txt/.md (UTF-8, UTF-16, GB18030),
// .docx and .pdf, through the same extraction the app uses (shared/extract) with
// Node's pdf.js. Every failure becomes one Chinese line naming the file, so the
// command prints it and exits non-zero.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from './command.ts';
import { codeWords, strings } from './strings.ts';
import { createNodeExtractEnv } from './extract-env.ts';
import { extractText, isExtractError, type ExtractFormat } from '../../../shared/extract/index.ts';
import { LIMITS } from '../../../shared/limits.ts';

// The largest any format may be; extraction applies each format's own limit.
const MAX_BYTES = Math.max(LIMITS.extract.textBytes, LIMITS.extract.docxBytes, LIMITS.extract.pdfBytes);

function unreadable(path: string, code: string): CliError {
  return new CliError(strings.input.unreadable(path, strings.input.reasons[code] ?? strings.input.readFailed, code));
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw unreadable(path, 'EISDIR');
    if (info.size > MAX_BYTES) {
      throw new CliError(strings.input.tooLarge(path, Math.round(info.size / 1024 / 1024), MAX_BYTES / 1024 / 1024));
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw unreadable(path, code);
  }
}

export type InputText = {
  text: string;
  /** The text encoding, or for .docx/.pdf the format (DOCX, PDF). */
  encoding: string;
  format: ExtractFormat;
  /** Things worth telling the user that did not stop the parse, worded. */
  warnings: string[];
  /** A web page's own address and title (the parser's hints). */
  page: { url: string | null; title: string | null } | null;
};

/** Reads a bulletin file of any supported format; throws CliError with a one-line Chinese message. */
export async function readInputFile(filePath: string): Promise<InputText> {
  const bytes = await readBytes(filePath);
  try {
    const name = path.basename(filePath);
    const extracted = await extractText({ name, bytes }, createNodeExtractEnv());
    return {
      text: extracted.text,
      encoding: extracted.encoding ?? extracted.format.toUpperCase(),
      format: extracted.format,
      warnings: extracted.warnings.map((warning) => codeWords.extractWarning(name, warning)),
      page: extracted.page ?? null,
    };
  } catch (error) {
    if (isExtractError(error)) throw new CliError(codeWords.extractProblem(error.fileName, error.problem));
    throw error;
  }
}
