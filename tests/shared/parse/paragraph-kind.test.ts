// How the reader typesets a notice body: headings by their numbering, the signature
// block to the right.
import { describe, expect, it } from 'vitest';
import { paragraphKind } from '../../../shared/parse/paragraph-kind.ts';

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
