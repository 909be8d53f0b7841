import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/text/decode.ts';
import { BULLETIN_003, readBulletin } from '../../support/bulletins.ts';

const sample = '关于印发《绿色制造标准体系建设指南》的通知\n工信部联节〔2016〕304号 𠀀';

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (!bigEndian) return new Uint8Array(le);
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return new Uint8Array(be);
}

describe('decodeText', () => {
  it('UTF-8 without BOM', () => {
    expect(decodeText(new TextEncoder().encode(sample))).toEqual({ text: sample, encoding: 'utf-8' });
  });

  it('UTF-8 with BOM: the BOM is not part of the text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]);
    expect(decodeText(bytes)).toEqual({ text: sample, encoding: 'utf-8' });
  });

  it('UTF-16 LE and BE with BOM', () => {
    expect(decodeText(utf16(sample, false, true))).toEqual({ text: sample, encoding: 'utf-16le' });
    expect(decodeText(utf16(sample, true, true))).toEqual({ text: sample, encoding: 'utf-16be' });
  });

  it('UTF-16 without BOM is recognised by its zero bytes', () => {
    const text = 'Policy 快讯 (2018) 1202 期\n相关链接：http://www.miit.gov.cn/';
    expect(decodeText(utf16(text, false, false))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, true, false))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('UTF-16 without BOM: a whole Chinese bulletin (zeros in both byte lanes) keeps its byte order', () => {
    const text = readBulletin(BULLETIN_003);
    expect(decodeText(utf16(text, false, false))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, true, false))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('UTF-16 without BOM, Chinese only with few ASCII characters', () => {
    const text = '一、总体要求\n二、主要任务\n三、保障措施\n四、组织实施\n';
    expect(decodeText(utf16(text, false, false))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, true, false))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('GB18030 bytes (known sequences): 中文 is D6D0 CEC4, 〔 is A1B2', () => {
    const bytes = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xa1, 0xb2, 0x32, 0x30, 0x31, 0x38, 0xa1, 0xb3]);
    expect(decodeText(bytes)).toEqual({ text: '中文〔2018〕', encoding: 'gb18030' });
  });

  it('a whole bulletin converted to GB18030 by iconv decodes to the same text', () => {
    const text = readBulletin(BULLETIN_003);
    const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
    expect(decodeText(new Uint8Array(bytes))).toEqual({ text, encoding: 'gb18030' });
  });

  it('empty input is empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
