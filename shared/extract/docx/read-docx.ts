// .docx → text with mammoth (headings, paragraphs, lists, tables and links kept).
import { ExtractError } from '../errors.ts';
import type { ExtractProblem, ExtractWarning } from '../problems.ts';
import { htmlToText } from './html-text.ts';

export type DocxText = { text: string; warnings: ExtractWarning[] };

// Word stores built-in style names in English whatever the UI language; WPS and some
// templates use the Chinese names. mammoth already maps 'heading 1'…'heading 6'.
const STYLE_MAP = [
  ...[1, 2, 3, 4, 5, 6].map((level) => `p[style-name='标题 ${level}'] => h${level}:fresh`),
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='副标题'] => h2:fresh",
];

/**
 * What went wrong, for the message. mammoth passes on its XML parser's warnings verbatim
 * (`[xmldom warning] unclosed xml attribute @#[line:undefined…`), which mean nothing to a
 * consultant: those are damaged XML (worded 文档的 XML 结构已损坏), a broken zip likewise.
 */
function damageOf(error: unknown): ExtractProblem & { kind: 'corrupt-docx' } {
  const message = error instanceof Error ? error.message : String(error);
  if (/xmldom|xml attribute|xml declaration|unclosed|invalid xml|not well-formed/i.test(message)) return { kind: 'corrupt-docx', damage: 'xml', detail: null };
  if (/end of central directory|corrupted zip|zip/i.test(message)) return { kind: 'corrupt-docx', damage: 'zip', detail: null };
  const firstLine = message.split('\n')[0] ?? message;
  return { kind: 'corrupt-docx', damage: null, detail: firstLine.length > 80 ? `${firstLine.slice(0, 80)}…` : firstLine };
}

export async function readDocx(name: string, bytes: Uint8Array): Promise<DocxText> {
  const mammoth = (await import('mammoth')).default;
  // mammoth reads `buffer` in Node and `arrayBuffer` in its browser build: give both.
  const input = { arrayBuffer: new Uint8Array(bytes).buffer, buffer: bytes };
  let result: { value: string; messages: { type: string }[] };
  try {
    result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      ignoreEmptyParagraphs: false,
      // Text only: no base64 copies of the images.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
  } catch (error) {
    throw new ExtractError('corrupt-docx', damageOf(error), name, { cause: error });
  }
  const text = htmlToText(result.value);
  if (text.trim() === '') throw new ExtractError('empty', { kind: 'empty-text' }, name);
  // Unknown styles are normal and harmless; only content mammoth could not convert is worth a word.
  const problems = result.messages.filter((message) => message.type === 'error').length;
  return { text, warnings: problems > 0 ? [{ kind: 'docx-notes', count: problems }] : [] };
}
