// Bad input gets a clear message: every kind of file a consultant may drop on the app
// by mistake is refused with an ExtractError whose code says why and whose Chinese
// message names the file and says what to do. Inputs are made here, at test time.
import { createHash } from 'node:crypto';
import * as CFB from 'cfb';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createNodeExtractEnv } from '../../../electron/node/cli/extract-env.ts';
import { extractText, type ExtractErrorCode } from '../../../shared/extract/index.ts';
import { ExtractError } from '../../../shared/extract/errors.ts';
import { codeWords } from '../../../renderer/platform/i18n/codes.ts';
import {
  bulletinAs,
  bulletinBytes,
  encryptedPdf,
  firstHalf,
  imageOnlyPdf,
  pngBytes,
  randomBytes,
  wordStyleBulletin,
} from '../../support/fixtures.ts';

const env = createNodeExtractEnv();

/** A minimal .docx holding one part besides its content types, deflated. */
function wordZip(part: string, content: string): Promise<Uint8Array> {
  return new JSZip().file('[Content_Types].xml', '<Types/>').file(part, content).generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Rewrites the uncompressed size the central directory declares for `part` (a lying zip). */
function declareSize(zip: Uint8Array, part: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(part);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== name.length) continue;
    if (name.every((byte, i) => out[at + 46 + i] === byte)) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no central directory entry for ${part}`);
}
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Extracts and returns the ExtractError it must throw. */
async function refusal(name: string, bytes: Uint8Array): Promise<ExtractError> {
  const error: unknown = await extractText({ name, bytes }, env).then(
    (result) => new Error(`expected a refusal, got ${result.format} text: ${result.text.slice(0, 80)}`),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ExtractError)) throw error;
  return error;
}

type Case = { what: string; name: string; bytes: () => Promise<Uint8Array> | Uint8Array; code: ExtractErrorCode; says: RegExp };

const cases: Case[] = [
  { what: 'an empty file', name: '空白.txt', bytes: () => new Uint8Array(0), code: 'empty', says: /空文件/ },
  { what: 'a text of only white space', name: 'blank.md', bytes: () => utf8(' \n\r\n\t\u3000\n'), code: 'empty', says: /只有空白/ },
  { what: 'random bytes named .txt', name: 'garbage.txt', bytes: () => randomBytes(4096), code: 'binary', says: /不是文本文件.*二进制/ },
  { what: 'random bytes without an extension', name: 'download', bytes: () => randomBytes(64 * 1024, 7), code: 'binary', says: /二进制/ },
  { what: 'a PNG image renamed .pdf', name: '扫描件.pdf', bytes: () => pngBytes(), code: 'not-pdf', says: /内容不是 PDF，而是一张 PNG 图片/ },
  { what: 'a text file renamed .pdf', name: 'notes.pdf', bytes: () => bulletinBytes('002_5fbf075aa49c018d'), code: 'not-pdf', says: /内容不是 PDF/ },
  { what: 'a PNG image under its own name', name: 'photo.png', bytes: () => pngBytes(), code: 'unsupported', says: /PNG 图片，不是可导入的快讯文件/ },
  {
    what: 'a truncated PDF (the first half of a real one)',
    name: 'half.pdf',
    bytes: async () => firstHalf(await bulletinAs('000_2229777bc5f28b07', 'pdf')),
    code: 'truncated-pdf',
    says: /不完整.*重新下载/,
  },
  { what: 'a password-protected PDF', name: 'secret.pdf', bytes: () => encryptedPdf(), code: 'encrypted-pdf', says: /设置了打开密码/ },
  {
    what: 'a PDF whose body is garbage',
    name: 'broken.pdf',
    bytes: () => new Uint8Array([...utf8('%PDF-1.7\n'), ...randomBytes(5000, 3), ...utf8('\n%%EOF\n')]),
    code: 'corrupt-pdf',
    says: /已损坏，无法读取 PDF 结构/,
  },
  { what: 'a PDF with no text layer (a scan)', name: 'scan.pdf', bytes: () => imageOnlyPdf(), code: 'no-text', says: /没有可提取的文字.*OCR/ },
  { what: 'a .docx that is not a zip', name: '通知.docx', bytes: () => utf8('这其实是一个文本文件，不是 Word 文档。'), code: 'not-docx', says: /内容不是 Word 文档/ },
  {
    what: 'a .docx that is a zip without a Word document',
    name: 'archive.docx',
    bytes: async () => new JSZip().file('readme.txt', 'hello').generateAsync({ type: 'uint8array' }),
    code: 'not-docx',
    says: /而是ZIP 压缩包/,
  },
  {
    what: 'a truncated .docx',
    name: 'half.docx',
    bytes: async () => firstHalf(await wordStyleBulletin('002_5fbf075aa49c018d')),
    code: 'corrupt-docx',
    says: /不完整：Word 文件在结尾之前就断了/,
  },
  {
    what: 'a .docx whose document.xml is not XML',
    name: 'damaged.docx',
    bytes: async () => new JSZip().file('[Content_Types].xml', '<Types/>').file('word/document.xml', '<w:document <<<').generateAsync({ type: 'uint8array' }),
    code: 'corrupt-docx',
    says: /已损坏，无法读取其中的 Word 内容/,
  },
  {
    what: 'a damaged Word 97 .doc',
    name: '旧文件.doc',
    bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...randomBytes(2048)]),
    code: 'corrupt-docx',
    says: /已损坏，无法读取其中的 Word 97–2003 内容.*另存为 \.docx/,
  },
  {
    what: 'an Excel 97 workbook',
    name: '名单.xls',
    bytes: () => {
      const container = CFB.utils.cfb_new();
      CFB.utils.cfb_add(container, 'Workbook', new Uint8Array(4096).fill(7));
      return new Uint8Array(CFB.write(container, { type: 'array' }) as ArrayLike<number>);
    },
    code: 'unsupported',
    says: /旧版 Excel 或 PowerPoint 文件，不是 Word 文档/,
  },
  {
    what: 'a WPS document',
    name: '通知.wps',
    bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...randomBytes(512)]),
    code: 'unsupported',
    says: /WPS 文字格式.*另存为.*\.docx/,
  },
  {
    what: 'an OFD document',
    name: '通知.ofd',
    bytes: async () => new JSZip().file('OFD.xml', '<ofd:OFD/>').generateAsync({ type: 'uint8array' }),
    code: 'unsupported',
    says: /OFD 版式文件.*PDF/,
  },
  {
    what: 'a spreadsheet',
    name: 'table.xlsx',
    bytes: async () => new JSZip().file('xl/workbook.xml', '<workbook/>').generateAsync({ type: 'uint8array' }),
    code: 'unsupported',
    says: /Excel 表格/,
  },
  {
    what: 'a .docx whose document.xml inflates 1000 times (a zip bomb)',
    name: 'bomb.docx',
    bytes: () => wordZip('word/document.xml', 'a'.repeat(4 * 1024 * 1024)),
    code: 'too-large',
    says: /部件 word\/document\.xml 压缩比异常（解压后 4\.0 MB，约为压缩后的 \d{3,} 倍）/,
  },
  {
    what: 'a .docx whose part declares 600 MB in the zip’s directory',
    name: 'declared.docx',
    bytes: async () => declareSize(await wordZip('word/document.xml', '<w:document/>'), 'word/document.xml', 600 * 1024 * 1024),
    code: 'too-large',
    says: /部件 word\/document\.xml 解压后有 600 MB，超过 64 MB 的安全上限/,
  },
  { what: 'a file of an unknown kind (.xyz)', name: 'notes.xyz', bytes: () => utf8('关于开展2019年度绿色工厂推荐工作的通知'), code: 'unsupported', says: /是 \.xyz 文件，不是可导入的格式/ },
];

describe('bad input is refused with a clear message', () => {
  it.each(cases)('$what → $code', async ({ name, bytes, code, says }) => {
    const error = await refusal(name, await bytes());
    expect(error.code).toBe(code);
    expect(error.fileName).toBe(name);
    // Every message (as the app words the problem) names the file, in the app's 「」 quotes, and is Chinese.
    const message = codeWords.extractProblem(error.fileName, error.problem);
    expect(message).toContain(`「${name}」`);
    expect(message).toMatch(says);
  });
});

describe('what extraction does with input it can read', () => {
  it('leaves the caller’s bytes untouched (pdf.js detaches the buffer it is given)', async () => {
    const bytes = await bulletinAs('002_5fbf075aa49c018d', 'pdf');
    const before = createHash('sha256').update(bytes).digest('hex');
    await extractText({ name: 'a.pdf', bytes }, env);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(before);
  });

  it('reads a PDF saved as .txt for what it is, and says so', async () => {
    const result = await extractText({ name: 'bulletin.txt', bytes: await bulletinAs('002_5fbf075aa49c018d', 'pdf') }, env);
    expect(result.format).toBe('pdf');
    expect(result.text).toContain('关于印发《绿色制造标准体系建设指南》的通知');
    expect(result.warnings).toEqual([{ kind: 'renamed', format: 'PDF' }]);
    expect(result.warnings.map((w) => codeWords.extractWarning('bulletin.txt', w)).join('\n')).toMatch(/「bulletin\.txt」的扩展名与内容不符，已按 PDF 格式读取/);
  });

  it('removes a few stray control characters from a text, with a warning', async () => {
    const text = `${new TextDecoder().decode(bulletinBytes('002_5fbf075aa49c018d'))}\u0000\u001a`;
    const result = await extractText({ name: 'dos.txt', bytes: utf8(text) }, env);
    expect(result.text.includes('\u0000') || result.text.includes('\u001a')).toBe(false);
    expect(result.warnings.map((w) => codeWords.extractWarning('dos.txt', w)).join('\n')).toMatch(/2 处无法识别的字符/);
  });
});
