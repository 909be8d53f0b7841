// Property tests (fast-check) over the text decoder and extraction: arbitrary bytes, under
// any name, with or without a format's magic number in front, are either read or refused
// with an ExtractError (a message for the user), never another exception, never a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNodeExtractEnv } from '../../../electron/node/cli/extract-env.ts';
import { extractText, isExtractError } from '../../../shared/extract/index.ts';
import { codeWords } from '../../../renderer/platform/i18n/codes.ts';
import { decodeText } from '../../../shared/text/decode.ts';
import { readPlainText } from '../../../shared/extract/read-text.ts';
import { BULLETIN_002, readBulletin } from '../../support/bulletins.ts';

const env = createNodeExtractEnv();
// Generous: only a run-away (a hang, a blow-up) fails; speed is for the benchmarks.
const MS_PER_MB = 5000;
const BASE_MS = 2000;

const NAMES = ['快讯.txt', '快讯.md', '通知.docx', '通知.doc', '快讯.pdf', '页面.html', '页面.mhtml', '无扩展名', '表格.xlsx', '通知.wps'];
const MAGIC: Record<string, number[]> = {
  none: [],
  pdf: [...'%PDF-1.7\n'].map((c) => c.charCodeAt(0)),
  zip: [0x50, 0x4b, 0x03, 0x04],
  ole: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  utf8Bom: [0xef, 0xbb, 0xbf],
  utf16Bom: [0xff, 0xfe],
  html: [...'<!DOCTYPE html><html><head><meta charset="gbk"></head><body>'].map((c) => c.charCodeAt(0)),
  mhtml: [...'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'].map((c) => c.charCodeAt(0)),
};

const bytes = fc.tuple(fc.constantFrom(...Object.keys(MAGIC)), fc.uint8Array({ maxLength: 4096 })).map(([magic, body]) => new Uint8Array([...(MAGIC[magic] ?? []), ...body]));

async function extractedOrRefused(name: string, input: Uint8Array): Promise<void> {
  const started = performance.now();
  try {
    const result = await extractText({ name, bytes: input }, env);
    expect(typeof result.text).toBe('string');
  } catch (error) {
    if (!isExtractError(error)) throw error;
    expect(codeWords.extractProblem(error.fileName, error.problem)).toContain('「');
  }
  expect(performance.now() - started).toBeLessThan(BASE_MS + (MS_PER_MB * input.byteLength) / 1024 / 1024);
}

describe('decodeText, property-tested', () => {
  it('decodes arbitrary bytes without throwing, to one of its encodings', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 8192 }), (input) => {
        const { text, encoding } = decodeText(input);
        expect(typeof text).toBe('string');
        expect(['utf-8', 'utf-16le', 'utf-16be', 'gb18030']).toContain(encoding);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a real bulletin as UTF-8 whatever bytes are cut from its end (a half character at the end is dropped)', () => {
    const whole = new TextEncoder().encode(readBulletin(BULLETIN_002));
    fc.assert(
      // From past the blank lines at its top (fewer bytes are refused as empty, rightly).
      fc.property(fc.integer({ min: 64, max: whole.length }), (keep) => {
        const { text, encoding } = readPlainText('快讯.txt', whole.subarray(0, keep));
        expect(encoding).toBe('utf-8');
        expect(readBulletin(BULLETIN_002).startsWith(text.replace(/^\ufeff/, ''))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('extractText, property-tested', () => {
  it('reads or refuses arbitrary bytes under any name, with a message, in bounded time', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...NAMES), bytes, extractedOrRefused), { numRuns: 200 });
  });

  it('reads or refuses a real bulletin with arbitrary bytes written over part of it', async () => {
    const whole = new TextEncoder().encode(readBulletin(BULLETIN_002));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('快讯.txt', '快讯.md', '无扩展名'), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 512 }), async (name, at, noise) => {
        const damaged = whole.slice();
        damaged.set(noise.subarray(0, Math.max(0, damaged.length - (at % damaged.length))), at % damaged.length);
        await extractedOrRefused(name, damaged);
      }),
      { numRuns: 100 },
    );
  });
});
