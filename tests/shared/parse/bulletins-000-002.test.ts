// The hard cases of the two labelled bulletins, checked directly (score.test.ts
// scores all their labelled fields through the command line).
import { describe, expect, it } from 'vitest';
import { parseBulletin } from '../../../shared/parse/index.ts';
import { BULLETIN_000, BULLETIN_002, readBulletin } from '../../support/bulletins.ts';

const b000 = parseBulletin(readBulletin(BULLETIN_000));
const b002 = parseBulletin(readBulletin(BULLETIN_002));
const byTitle = (titleStart: string) => [...b000.notices, ...b002.notices].find((n) => n.title.startsWith(titleStart));

describe('bulletin 000 (markdown-like)', () => {
  it('reads publisher and issue from the header', () => {
    expect(b000.bulletin).toEqual({ publisher: '北京关键要素科技有限公司', issue: '(2018) 1202 期' });
    expect(b000.notices).toHaveLength(9);
  });

  it('lists eleven joint agencies, spaced-out names closed up', () => {
    expect(byTitle('关于进一步做好“僵尸企业”')?.agencies).toEqual([
      '国家发展改革委', '工业和信息化部', '财政部', '人力资源和社会保障部', '自然资源部', '人民银行', '国资委', '税务总局', '市场监管总局', '银保监会', '证监会',
    ]);
  });

  it('removes the space inside 文号 and titles, keeps the 文号 brackets as printed', () => {
    expect(byTitle('关于进一步做好“僵尸企业”')).toMatchObject({ title: '关于进一步做好“僵尸企业”及去产能企业债务处置工作的通知', docNumber: '发改财金〔2018〕1756号' });
    expect(byTitle('关于印发《电子营业执照')).toMatchObject({ title: '关于印发《电子营业执照管理办法（试行）》的通知', docNumber: '国市监注（2018）249号' });
    expect(byTitle('关于加强长江经济带')?.docNumber).toBe('工信部联节[2017]178号');
  });

  it('takes the title from the body where the table of contents differs', () => {
    expect(byTitle('北京关于组织申报')?.title).toBe('北京关于组织申报国家重点研发计划战略性新兴产业国际科技创新合作重点专项2018年度联合研发与示范项目的通知');
  });

  it('reads a spaced date and removes markdown escapes from the 相关链接', () => {
    expect(byTitle('关于知识产权服务')?.date).toBe('2018-12-07');
    expect(byTitle('北京关于组织申报')?.url).toBe('http://kw.beijing.gov.cn/art/2018/12/5/art_19_75455.html');
  });

  it('reads markdown links that a converter hard-wrapped inside the label or the target', () => {
    const text = readBulletin(BULLETIN_000);
    const wrapAt = (at: 'label' | 'target') =>
      text.replace(/\[(http[^\]]+)\]\((http[^)]+)\)/g, (_, label: string, target: string) =>
        at === 'label'
          ? `[${label.slice(0, 20)}\n${label.slice(20)}](${target})`
          : `[${label}](${target.slice(0, 25)}\n${target.slice(25)})`,
      );
    const expected = parseBulletin(text).notices.map((n) => [n.title, n.url]);
    expect(expected.filter(([, url]) => url !== null).length).toBeGreaterThan(5);
    expect(wrapAt('label')).not.toBe(text);
    expect(parseBulletin(wrapAt('label')).notices.map((n) => [n.title, n.url])).toEqual(expected);
    expect(parseBulletin(wrapAt('target')).notices.map((n) => [n.title, n.url])).toEqual(expected);
  });

  it('does not take a cited 文号 for the notice’s own', () => {
    expect(byTitle('北京关于组织申报')).toMatchObject({ docNumber: null, citedDocNumbers: ['国科发资〔2018〕264号'], deadline: '2019-01-08' });
  });

  it('joins a paragraph cut by the footer or by a page gap, and drops the footer', () => {
    const body = byTitle('关于知识产权服务')?.body ?? [];
    expect(body.some((p) => p.includes('开展多层次、精准化知识产权培训。'))).toBe(true);
    const green = byTitle('关于加强长江经济带')?.body ?? [];
    expect(green.some((p) => p.includes('重点行业主要污染物排放强度下降20%'))).toBe(true);
    for (const p of b000.notices.flatMap((n) => n.body)) expect(p).not.toMatch(/chinamomentum|欢迎咨询|\*\*|<b>|^#/);
  });
});

describe('bulletin 002 (plain text, tabbed contents)', () => {
  it('reads header and six notices in their sections', () => {
    expect(b002.bulletin).toEqual({ publisher: '北京关键要素科技有限公司', issue: '(2018) 0903 期' });
    expect(b002.notices.map((n) => n.category)).toEqual(['绿色制造', '政策文件', '政策文件', '项目申报', '项目申报', '中小服务平台']);
  });

  it('reads agencies and the date from one line, and two agencies on one line', () => {
    expect(byTitle('山西省关于进一步促进')).toMatchObject({ agencies: ['山西省人民政府办公厅'], date: '2018-08-30' });
    expect(byTitle('关于印发《绿色制造标准')?.agencies).toEqual(['工业和信息化部', '国家标准化管理委员会']);
  });

  it('drops the page header that repeats the title and the —1— page numbers', () => {
    const body = byTitle('山西省关于进一步促进')?.body ?? [];
    expect(body[0]).toBe('各市、县人民政府,省人民政府各委、办、厅、局:为推动我省小微工业企业上规升级,不断发展壮大,提升发展质量,经省人民政府同意,提出如下意见。');
    expect(body.join('')).not.toMatch(/—\d+—/);
    expect(body).toContain('一、总体要求');
  });

  it('reads a bare 相关链接 URL after a half-width colon', () => {
    expect(byTitle('山西省关于进一步促进')?.url).toBe('http://www.shanxigov.cn/sxszfxxgk/sxsrmzfbzcbm/sxszfbgt/flfg_7203/bgtgfwj_7206/201809/t20180917_477229.shtml');
  });
});

describe('parseBulletin on odd input', () => {
  it('writes the issue one way whatever spaces the text layer kept', () => {
    for (const printed of ['(2018) 0903 期', '(2018)0903期', '（2018） 0903期', '(2018)  0903  期']) {
      const text = `北京关键要素科技有限公司\n\n快 讯\n\n${printed}\n\n目 录\n`;
      expect(parseBulletin(text).bulletin.issue, printed).toBe('(2018) 0903 期');
    }
  });

  it('empty text: no header, no notices', () => {
    expect(parseBulletin('')).toEqual({ bulletin: { publisher: null, issue: null }, notices: [] });
  });

  it('CRLF line ends and a leading BOM change nothing', () => {
    const text = readBulletin(BULLETIN_002);
    expect(parseBulletin('\ufeff' + text.replace(/\n/g, '\r\n'))).toEqual(b002);
  });

  it('a notice without 相关链接 ends where the next one begins after its signature', () => {
    const text = [
      '[政策文件]',
      '关于甲事项的通知',
      '甲发〔2020〕1号',
      '各有关单位：',
      '现将甲事项通知如下。',
      '甲省财政厅',
      '2020年1月2日',
      '关于乙事项的通知',
      '乙发〔2020〕2号',
      '各有关单位：',
      '现将乙事项通知如下。',
      '乙省财政厅',
      '2020年1月3日',
    ].join('\n\n');
    expect(parseBulletin(text).notices.map((n) => [n.title, n.docNumber, n.agencies, n.date])).toEqual([
      ['关于甲事项的通知', '甲发〔2020〕1号', ['甲省财政厅'], '2020-01-02'],
      ['关于乙事项的通知', '乙发〔2020〕2号', ['乙省财政厅'], '2020-01-03'],
    ]);
  });
});
