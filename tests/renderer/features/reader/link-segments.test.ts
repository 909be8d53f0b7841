// Links and cited 文号 found inside the paragraphs of a notice body.
import { describe, expect, it } from 'vitest';
import { segmentParagraph } from '../../../../renderer/features/reader/link-segments.ts';

describe('paragraph segments', () => {
  it('finds web links and leaves trailing Chinese punctuation out of them', () => {
    const segments = segmentParagraph('下载地址：http://www.most.gov.cn/a/b.htm）。详见附件。', []);
    expect(segments).toEqual([
      { kind: 'text', text: '下载地址：' },
      { kind: 'url', text: 'http://www.most.gov.cn/a/b.htm' },
      { kind: 'text', text: '）。详见附件。' },
    ]);
  });

  it('marks every occurrence of a cited 文号', () => {
    const segments = segmentParagraph('依据京政发〔2017〕26号和京政发〔2017〕26号的要求', ['京政发〔2017〕26号']);
    expect(segments.filter((s) => s.kind === 'doc')).toHaveLength(2);
    expect(segments.map((s) => s.text).join('')).toBe('依据京政发〔2017〕26号和京政发〔2017〕26号的要求');
  });
});
