// How the reader typesets a notice body: headings by their numbering, the signature
// block to the right, links and cited 文号 found inside paragraphs.
import { describe, expect, it } from 'vitest';
import { paragraphKind } from '../../renderer/features/reader/paragraphs.ts';
import { segmentParagraph } from '../../renderer/features/reader/link-segments.ts';
import { daysBetween, deadlineState } from '../../renderer/ui/dates.ts';

const BODY = [
  '各有关单位：',
  '为贯彻落实《关于加快发展先进制造业的若干意见》（京政发〔2017〕26号），现将有关事项通知如下。',
  '一、总体要求',
  '一、请各申报单位严格按照通知要求，通过国家科技管理信息系统公共服务平台进行网上填报，并于截止日期前提交纸质材料。',
  '（一）完善市场准入机制',
  '第三条 本办法自发布之日起施行。',
  '特此通知。',
  '北京市财政局',
  '北京市生态环境局',
  '2018年11月28日',
];
const AGENCIES = ['北京市财政局', '北京市生态环境局'];

describe('paragraph kinds', () => {
  const kinds = BODY.map((text, i) => paragraphKind(text, i, BODY, AGENCIES));

  it('reads the salutation, numbered headings and articles', () => {
    expect(kinds.slice(0, 7)).toEqual(['salutation', 'text', 'heading', 'text', 'subheading', 'article', 'text']);
  });

  it('sets the issuing agencies and the date at the end as the signature', () => {
    expect(kinds.slice(7)).toEqual(['closing', 'closing', 'closing']);
  });

  it('does not take an agency named mid-text for a signature', () => {
    const body = ['北京市财政局', '根据有关规定，现通知如下。', '特此通知。'];
    expect(body.map((t, i) => paragraphKind(t, i, body, AGENCIES))).toEqual(['text', 'text', 'text']);
  });
});

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

describe('deadlines', () => {
  it('counts calendar days across months and years', () => {
    expect(daysBetween('2018-12-28', '2019-01-08')).toBe(11);
    expect(daysBetween('2019-01-08', '2018-12-28')).toBe(-11);
  });

  it('says passed, today, soon or later', () => {
    expect(deadlineState('2019-01-08', '2019-01-09')).toEqual({ state: 'passed', days: 1 });
    expect(deadlineState('2019-01-08', '2019-01-08')).toEqual({ state: 'today', days: 0 });
    expect(deadlineState('2019-01-08', '2018-12-28')).toEqual({ state: 'soon', days: 11 });
    expect(deadlineState('2019-03-08', '2018-12-28').state).toBe('later');
  });
});
