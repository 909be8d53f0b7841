// The zip directory reader that guards mammoth: the sizes each part declares, read
// without inflating anything, and the limits judged on them.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipEntries, zipOverLimits, type ZipEntry } from '../../../../shared/extract/docx/zip-entries.ts';
import { wordStyleBulletin } from '../../../support/fixtures.ts';

const limits = { entryBytes: 1000, totalBytes: 1500, ratio: 10, ratioFrom: 100 };
const entry = (name: string, compressedSize: number, uncompressedSize: number): ZipEntry => ({ name, compressedSize, uncompressedSize });

describe('zipEntries', () => {
  it('lists every part of a real .docx with the sizes it declares', async () => {
    const bytes = await wordStyleBulletin('002_5fbf075aa49c018d');
    const entries = zipEntries(bytes);
    const zip = await JSZip.loadAsync(bytes);
    expect(entries?.map((e) => e.name).sort()).toEqual(Object.keys(zip.files).filter((name) => !zip.files[name]?.dir).sort());
    const document = entries?.find((e) => e.name === 'word/document.xml');
    const text = await zip.file('word/document.xml')?.async('uint8array');
    expect(document?.uncompressedSize).toBe(text?.byteLength);
    expect(document?.compressedSize).toBeGreaterThan(0);
    expect(document?.compressedSize).toBeLessThan(document?.uncompressedSize ?? 0);
  });

  it('reads names in UTF-8 and returns null without a directory', async () => {
    const bytes = await new JSZip().file('图片/说明.txt', '你好').generateAsync({ type: 'uint8array' });
    expect(zipEntries(bytes)?.map((e) => e.name)).toEqual(['图片/', '图片/说明.txt']);
    expect(zipEntries(bytes.slice(0, bytes.length - 30))).toBeNull();
    expect(zipEntries(new Uint8Array(10))).toBeNull();
  });
});

describe('zipOverLimits', () => {
  it('passes parts within every limit', () => {
    expect(zipOverLimits([entry('a', 50, 400), entry('b', 700, 700)], limits)).toBeNull();
  });

  it('names the first part that declares too much, too compressed, or too much together', () => {
    expect(zipOverLimits([entry('a', 10, 20), entry('big', 900, 1001)], limits)).toMatchObject({ reason: 'entry-size', entry: { name: 'big' } });
    expect(zipOverLimits([entry('bomb', 10, 500)], limits)).toMatchObject({ reason: 'ratio', entry: { name: 'bomb' } });
    // Small parts may compress as well as they like.
    expect(zipOverLimits([entry('tiny', 1, 99)], limits)).toBeNull();
    expect(zipOverLimits([entry('a', 900, 900), entry('b', 900, 900)], limits)).toMatchObject({ reason: 'total-size', totalBytes: 1800 });
  });
});
