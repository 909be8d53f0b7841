// Test inputs made at test time from the three real bulletins in ../shared/bulletins:
// .docx and .pdf conversions by LibreOffice, a Word-style .docx (headings, paragraph
// spacing, running header, page-number footer) and its PDF, re-encoded copies (iconv),
// and hand-made bad inputs. No binary is committed. LibreOffice output is cached in
// the OS temp folder under a key of what was converted, so only the first run pays
// for it; calls are serialised across test processes with flock, on a private profile.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { crc32, deflateSync } from 'node:zlib';
import { AlignmentType, Document, Footer, Header, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, TextRun } from 'docx';

const run = promisify(execFile);

import { BULLETIN_DIR } from './shared-inputs.ts';

export { BULLETIN_DIR, SCORE_TOOL } from './shared-inputs.ts';

/** The two bulletins with hand-made labels, and the PDF-extracted one without. */
export const LABELLED_BULLETINS = ['000_2229777bc5f28b07', '002_5fbf075aa49c018d'] as const;
export const ALL_BULLETINS = [...LABELLED_BULLETINS, '003_03e8824eaceeb4ce'] as const;
export type BulletinId = (typeof ALL_BULLETINS)[number];

export const bulletinPath = (id: BulletinId) => path.join(BULLETIN_DIR, `${id}.txt`);
export const labelsPath = (id: BulletinId) => path.join(BULLETIN_DIR, `${id}.labels.json`);
export const bulletinBytes = (id: BulletinId) => new Uint8Array(readFileSync(bulletinPath(id)));
export const bulletinText = (id: BulletinId) => readFileSync(bulletinPath(id), 'utf8');

const CACHE = path.join(tmpdir(), 'policy-desk-fixtures');
/** Bump when the way a fixture is made changes, so stale cached files are not reused. */
const RECIPE = 'v1';
const LOCK = path.join(CACHE, 'libreoffice.lock');
const PROFILE = path.join(CACHE, 'lo-profile');

const hash = (...parts: (string | Uint8Array)[]) => {
  const h = createHash('sha256').update(RECIPE);
  for (const part of parts) h.update(part);
  return h.digest('hex').slice(0, 24);
};

/** The cached file for `key`, made once by `make` (written atomically: temp file, then rename). */
async function cached(key: string, fileName: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const file = path.join(CACHE, key, fileName);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const bytes = await make();
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, file);
  return bytes;
}

/**
 * Converts `bytes` (a file called `name`) with LibreOffice. `target` is what follows
 * --convert-to: 'docx', 'pdf', or 'pdf:writer_pdf_Export:{…}' with filter options.
 */
export function libreOfficeConvert(bytes: Uint8Array, name: string, target: string, key = hash(bytes, name, target)): Promise<Uint8Array> {
  const extension = target.split(':')[0] ?? target;
  const outName = name.replace(/\.[^.]+$/, '') + '.' + extension;
  return cached(key, outName, async () => {
    mkdirSync(CACHE, { recursive: true });
    const work = mkdtempSync(path.join(tmpdir(), 'policy-desk-convert-'));
    try {
      writeFileSync(path.join(work, name), bytes);
      // flock: one LibreOffice at a time across test processes (one profile, two cores).
      await run(
        'flock',
        [LOCK, 'libreoffice', `-env:UserInstallation=${pathToFileURL(PROFILE).href}`, '--headless', '--norestore', '--convert-to', target, '--outdir', work, path.join(work, name)],
        { timeout: 240_000 },
      );
      const out = path.join(work, outName);
      if (!existsSync(out)) throw new Error(`LibreOffice did not convert ${name} to ${target} (is libreoffice installed? run \`npm run setup\`)`);
      return new Uint8Array(readFileSync(out));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
}

/** A bulletin's .txt converted by LibreOffice: one paragraph a line, blank lines kept. */
export function bulletinAs(id: BulletinId, format: 'docx' | 'pdf'): Promise<Uint8Array> {
  return libreOfficeConvert(bulletinBytes(id), `${id}.txt`, format);
}

const FONT = { ascii: 'Liberation Serif', hAnsi: 'Liberation Serif', eastAsia: 'Noto Serif CJK SC', cs: 'Liberation Serif' };

/**
 * A bulletin as someone would write it in Word: `#` lines become headings, blank lines
 * become paragraph spacing, every page has a running header and a 第 N 页 共 M 页 footer.
 */
async function wordStyleDocx(id: BulletinId): Promise<Uint8Array> {
  const lines = bulletinText(id).split(/\r?\n/).map((line) => line.trimEnd()).filter((line) => line.trim() !== '');
  const run = (text: string, size = 21) => new TextRun({ text, font: FONT, size, language: { eastAsia: 'zh-CN' } });
  const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
  const paragraphs = lines.map((line) => {
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading?.[1] && heading[2] !== undefined) {
      return new Paragraph({ heading: headingLevels[heading[1].length - 1], children: [run(heading[2], 28)], spacing: { after: 120 } });
    }
    return new Paragraph({ children: [run(line)], spacing: { after: 160, line: 300 } });
  });
  const document = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run('北京关键要素科技有限公司 · 政策快讯', 18)] })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], font: FONT, size: 18 })],
              }),
            ],
          }),
        },
        children: paragraphs,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The Word-style .docx of a bulletin (see wordStyleDocx), cached by its source text. */
export function wordStyleBulletin(id: BulletinId): Promise<Uint8Array> {
  return cached(hash('word-style', bulletinBytes(id)), `${id}.docx`, () => wordStyleDocx(id));
}

/** The Word-style .docx printed to PDF by LibreOffice: running header, page-number footer. */
export async function wordStyleBulletinPdf(id: BulletinId): Promise<Uint8Array> {
  const docx = await wordStyleBulletin(id);
  return libreOfficeConvert(docx, `${id}.docx`, 'pdf', hash('word-style-pdf', bulletinBytes(id)));
}

/** A PDF that opens only with a password (LibreOffice's PDF export encrypts it). */
export function encryptedPdf(id: BulletinId = '002_5fbf075aa49c018d', password = 'secret'): Promise<Uint8Array> {
  const options = JSON.stringify({ EncryptFile: { type: 'boolean', value: 'true' }, DocumentOpenPassword: { type: 'string', value: password } });
  return libreOfficeConvert(bulletinBytes(id), `${id}.txt`, `pdf:writer_pdf_Export:${options}`);
}

/** A PDF whose page is only a picture, like a scan: a .docx holding one image, printed by LibreOffice. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const png = pngBytes(240, 320);
  return cached(hash('image-only-pdf', png), 'scan.pdf', async () => {
    const document = new Document({
      sections: [{ children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 480, height: 640 } })] })] }],
    });
    return libreOfficeConvert(new Uint8Array(await Packer.toBuffer(document)), 'scan.docx', 'pdf');
  });
}

/**
 * A PDF like many government PDFs: Chinese in a font that is not embedded (STSong-Light)
 * under the predefined CMap UniGB-UCS2-H, plus a line in non-embedded Helvetica. pdf.js
 * can read its text only with the CJK cMaps it ships (and loads standard font data for
 * Helvetica), so this checks those files reach it. Written object by object, with a
 * correct cross-reference table.
 */
export function predefinedCMapPdf(lines: string[], latin = 'Policy Brief Desk 2019'): Uint8Array {
  const ucs2 = (text: string) => Array.from(text, (c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('').toUpperCase();
  const escapeLatin = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = [
    'BT /F2 12 Tf 72 770 Td (' + escapeLatin(latin) + ') Tj ET',
    ...lines.map((line, i) => `BT /F1 14 Tf 72 ${740 - i * 24} Td <${ucs2(line)}> Tj ET`),
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 8 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

/** The bulletin re-encoded with iconv; UTF-16 copies start with a byte-order mark unless `bom` is false. */
export async function reencoded(id: BulletinId, encoding: 'GB18030' | 'UTF-16LE' | 'UTF-16BE', options: { bom?: boolean } = {}): Promise<Uint8Array> {
  const { stdout } = await run('iconv', ['-f', 'UTF-8', '-t', encoding, bulletinPath(id)], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  const body = new Uint8Array(stdout);
  const bom = encoding === 'UTF-16LE' ? [0xff, 0xfe] : encoding === 'UTF-16BE' ? [0xfe, 0xff] : [];
  return options.bom === false || bom.length === 0 ? body : new Uint8Array([...bom, ...body]);
}

/** Deterministic pseudo-random bytes (xorshift32), so a failure can be replayed. */
export function randomBytes(length: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** A real (tiny, valid) PNG image, built chunk by chunk. */
export function pngBytes(width = 4, height = 4): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc(height * (1 + width * 3), 0x80);
  for (let y = 0; y < height; y++) rows[y * (1 + width * 3)] = 0; // filter byte: none
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return new Uint8Array(png);
}

/** The first half of a file: what an interrupted download leaves. */
export const firstHalf = (bytes: Uint8Array): Uint8Array => bytes.slice(0, Math.floor(bytes.length / 2));

/** A text of about `bytes` bytes made by repeating a bulletin (a year of bulletins pasted into one file). */
export function repeatedBulletin(id: BulletinId, bytes: number): Uint8Array {
  const one = bulletinBytes(id);
  const out = new Uint8Array(Math.ceil(bytes / one.length) * one.length);
  for (let offset = 0; offset < out.length; offset += one.length) out.set(one, offset);
  return out;
}
