// .txt / .md in every encoding the parser accepts give the same text as the UTF-8
// original, and size limits: a 50 MB text is read (a year of bulletins pasted into
// one file), a text above the cap is refused before it is decoded.
import { describe, expect, it } from 'vitest';
import { createNodeExtractEnv } from '../../../electron/node/cli/extract-env.ts';
import { extractText } from '../../../shared/extract/index.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { ExtractError } from '../../../shared/extract/errors.ts';
import { codeWords } from '../../../renderer/platform/i18n/codes.ts';
import { ALL_BULLETINS, bulletinBytes, bulletinText, reencoded, repeatedBulletin } from '../../support/fixtures.ts';

const env = createNodeExtractEnv();
const MB = 1024 * 1024;

describe.each(ALL_BULLETINS)('bulletin %s', (id) => {
  const original = bulletinText(id).replace(/\r\n?/g, '\n');

  it('UTF-8 .txt comes out as written', async () => {
    const result = await extractText({ name: `${id}.txt`, bytes: bulletinBytes(id) }, env);
    expect(result).toMatchObject({ format: 'txt', encoding: 'utf-8', warnings: [] });
    expect(result.text).toBe(original);
  });

  it.each([
    ['GB18030', {}, 'gb18030'],
    ['UTF-16LE', {}, 'utf-16le'],
    ['UTF-16BE', {}, 'utf-16be'],
  ] as const)('%s %o copy (iconv) gives the same text', async (encoding, options, reported) => {
    const result = await extractText({ name: `${id}.md`, bytes: await reencoded(id, encoding, options) }, env);
    expect(result.format).toBe('md');
    expect(result.encoding).toBe(reported);
    expect(result.text).toBe(original);
  });
});

describe('a text cut short', () => {
  const id = '002_5fbf075aa49c018d';
  const original = bulletinText(id).replace(/\r\n?/g, '\n');

  it('a UTF-8 text cut inside its last character is read as UTF-8 without it, with a warning', async () => {
    const cut = new Uint8Array([...bulletinBytes(id), ...new TextEncoder().encode('期').subarray(0, 2)]);
    const result = await extractText({ name: 'cut.txt', bytes: cut }, env);
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe(original);
    expect(result.warnings.map((w) => codeWords.extractWarning('cut.txt', w))).toEqual([expect.stringMatching(/「cut\.txt」的最后一个字符不完整/)]);
  });

  it('a GB18030 text ending in 期 (C6 DA: DA also starts a UTF-8 character) keeps it', async () => {
    const gb = new Uint8Array([...(await reencoded(id, 'GB18030')), 0xc6, 0xda]);
    const result = await extractText({ name: 'gb.txt', bytes: gb }, env);
    expect(result.encoding).toBe('gb18030');
    expect(result.text).toBe(`${original}期`);
    expect(result.warnings).toEqual([]);
  });
});

describe('UTF-16 without a byte-order mark', () => {
  // Some Windows tools save "Unicode" text without a BOM; decodeText tells the byte
  // order from where the zero bytes fall.
  it.each(ALL_BULLETINS)('bulletin %s is read correctly', async (id) => {
    const bytes = await reencoded(id, 'UTF-16LE', { bom: false });
    const result = await extractText({ name: `${id}.txt`, bytes }, env);
    expect(result.text).toBe(bulletinText(id).replace(/\r\n?/g, '\n'));
    expect(result.encoding).toBe('utf-16le');
  });
});

describe('size', () => {
  it('reads a 50 MB text file, with a warning that it is unusually large', async () => {
    const bytes = repeatedBulletin('000_2229777bc5f28b07', 50 * MB);
    const result = await extractText({ name: 'year.txt', bytes }, env);
    expect(result.format).toBe('txt');
    expect(result.text.length).toBeGreaterThan(15 * MB);
    expect(result.text.startsWith(bulletinText('000_2229777bc5f28b07').slice(0, 200))).toBe(true);
    expect(result.warnings.map((w) => codeWords.extractWarning('year.txt', w))).toEqual([expect.stringMatching(/「year\.txt」很大（\d+ MB），可能不是单期快讯/)]);
  });

  it(`refuses a text above the ${LIMITS.extract.textBytes / MB} MB cap, naming the size and the limit`, async () => {
    const bytes = new Uint8Array(LIMITS.extract.textBytes + 1).fill(0x41);
    const error = await extractText({ name: 'huge.txt', bytes }, env).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ExtractError);
    expect(error).toMatchObject({ code: 'too-large' });
    expect(codeWords.extractProblem('huge.txt', (error as ExtractError).problem)).toMatch(/「huge\.txt」太大（128 MB），超过此类文件 128 MB 的上限/);
  });
});
