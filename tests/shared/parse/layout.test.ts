// Bulletins made up for these tests in each of the three layouts, with other names,
// widths and numbers than the real ones: the parser must not depend on the strings of
// the three real bulletins.
import { describe, expect, it } from 'vitest';
import { parseBulletin } from '../../../shared/parse/index.ts';

const FOOTER = '华东政策咨询有限公司 电话：55501234 欢迎咨询  \n网址：www.hdzc-demo.com';

describe('markdown-like layout', () => {
  const text = `

# 华东政策咨询有限公司

## 快 讯

(2020) 0315 期

### 目 录

<b>[资金申报]</b> .....\t<b>2</b>
关于开展 2020 年度技术改造专项申报工作的通知 .....\t2

## [资金申报]

# 关于开展 2020 年度技术改造 专项申报工作的通知

苏工信技改（2020） 88 号

各设区市工业和信息化局：

为推动**技术改造**，根据《关于促进技术改造的意见》（苏政发〔2019〕7 号）要求，现将有关事项通知如下：

## 一、申报条件

- （一）在省内注册的工业企业；
- （二）项目已开工建设。

${FOOTER}



二、申报时间

请于 4 月 30 日前将申报材料报送我厅。申报系统：[http://www.example.gov.cn/sb\\_2020.htm](http://www.example.gov.cn/sb_2020.htm)

联系人：王小明 电话：025-12345678

附件：1. 申报表  
2. 汇总表

江 苏 省 工 业 和 信 息 化 厅  
江 苏 省 财 政 厅  
2020 年 3 月 12 日

${FOOTER}



**相关链接：**

[http://www.example.gov.cn/art/2020/3/12/art\\_1\\_99.html](http://www.example.gov.cn/art/2020/3/12/art_1_99.html)

更多最新消息，请登录网站 [www.hdzc-demo.com](http://www.hdzc-demo.com)
`;
  const parsed = parseBulletin(text);
  const notice = parsed.notices[0];

  it('reads the header', () => {
    expect(parsed.bulletin).toEqual({ publisher: '华东政策咨询有限公司', issue: '(2020) 0315 期' });
  });

  it('finds one notice with its fields', () => {
    expect(parsed.notices).toHaveLength(1);
    expect(notice).toMatchObject({
      category: '资金申报',
      title: '关于开展2020年度技术改造专项申报工作的通知',
      docNumber: '苏工信技改（2020）88号',
      agencies: ['江苏省工业和信息化厅', '江苏省财政厅'],
      date: '2020-03-12',
      url: 'http://www.example.gov.cn/art/2020/3/12/art_1_99.html',
      links: ['http://www.example.gov.cn/sb_2020.htm'],
      deadline: '2020-04-30',
      attachments: ['申报表', '汇总表'],
      contacts: [{ name: '王小明', unit: null, phone: '025-12345678', email: null }],
      citedDocNumbers: ['苏政发〔2019〕7号'],
    });
  });

  it('cleans the body: no markdown marks, no footer, headings and list items kept apart', () => {
    expect(notice?.body).toEqual([
      '各设区市工业和信息化局：',
      '为推动技术改造，根据《关于促进技术改造的意见》（苏政发〔2019〕7号）要求，现将有关事项通知如下：',
      '一、申报条件',
      '（一）在省内注册的工业企业；',
      '（二）项目已开工建设。',
      '二、申报时间',
      '请于4月30日前将申报材料报送我厅。申报系统：http://www.example.gov.cn/sb_2020.htm',
      '联系人：王小明 电话：025-12345678',
      '附件：1. 申报表',
      '2. 汇总表',
      '江苏省工业和信息化厅',
      '江苏省财政厅',
      '2020年3月12日',
    ]);
  });
});

describe('plain text layout with a tabbed table of contents', () => {
  const text = `
华东政策咨询有限公司

快 讯

(2021) 0102 期

目 录

[政策文件]\t2
关于印发《中小企业数字化转型指南》的通知\t2
[项目申报]\t5
关于组织申报2021年度专精特新企业的通知\t5

[政策文件]

关于印发《中小企业数字化转型指南》的通知

浙经信企业〔2021〕3 号

${FOOTER}



各市经信局：

现将《中小企业数字化转型指南》印发给你们，请认真贯彻执行。推进中小企业数字化转型是一项系统工程，各地要加强组织领导，结合本地实际，制定具体工作方案，落实各项支持政策，务求

${FOOTER}



取得实效。 —2—

浙江省经济和信息化厅 浙江省财政厅 2021年1月5日

相关链接:

http://www.example.gov.cn/zcwj/2021/0105.html

[项目申报]

关于组织申报2021年度专精特新企业的通知

各市经信局：

请于2021年2月10日前完成推荐。

浙江省经济和信息化厅

2021年1月8日

相关链接：<http://www.example.gov.cn/tzgg/2021/0108.html>
`;
  const parsed = parseBulletin(text);

  it('reads both notices and their sections', () => {
    expect(parsed.bulletin).toEqual({ publisher: '华东政策咨询有限公司', issue: '(2021) 0102 期' });
    expect(parsed.notices.map((n) => [n.category, n.title])).toEqual([
      ['政策文件', '关于印发《中小企业数字化转型指南》的通知'],
      ['项目申报', '关于组织申报2021年度专精特新企业的通知'],
    ]);
  });

  it('reads the 文号 even with the footer between it and the salutation', () => {
    expect(parsed.notices[0]?.docNumber).toBe('浙经信企业〔2021〕3号');
    expect(parsed.notices[1]?.docNumber).toBeNull();
  });

  it('reads agencies and date printed on one line', () => {
    expect(parsed.notices[0]).toMatchObject({ agencies: ['浙江省经济和信息化厅', '浙江省财政厅'], date: '2021-01-05' });
  });

  it('joins the paragraph the page break cut, and drops the page number', () => {
    expect(parsed.notices[0]?.body[1]).toBe(
      '现将《中小企业数字化转型指南》印发给你们，请认真贯彻执行。推进中小企业数字化转型是一项系统工程，各地要加强组织领导，结合本地实际，制定具体工作方案，落实各项支持政策，务求取得实效。',
    );
  });

  it('reads the deadline and url of the second notice', () => {
    expect(parsed.notices[1]).toMatchObject({ deadline: '2021-02-10', url: 'http://www.example.gov.cn/tzgg/2021/0108.html' });
  });
});

/**
 * Hard-wraps a paragraph the way a PDF is laid out: lines fill the column (Chinese
 * characters one cell, digits half a cell) and the first line is indented two cells.
 */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  let size = width - 2;
  for (const ch of paragraph) {
    const cell = ch.charCodeAt(0) < 0x1100 ? 0.5 : 1;
    if (used + cell > size) {
      lines.push(line);
      line = '';
      used = 0;
      size = width;
    }
    line += ch;
    used += cell;
  }
  lines.push(line);
  return lines;
}

describe('PDF text layout', () => {
  const width = 30;
  const para1 = '为贯彻落实制造强省建设部署，加快推动工业企业技术改造和设备更新，提高全要素生产率，经研究决定开展本年度智能制造示范项目的征集推荐工作，重点支持数字化车间、智能工厂和工业互联网平台建设，现将有关事项通知如下。';
  const para2 = '各市工业和信息化主管部门要认真组织本地区企业做好项目申报工作，严格审核申报材料的真实性和完整性，择优推荐，每个地市推荐项目原则上不超过十个，并于2022年5月20日前将推荐文件和汇总表报送我厅，逾期不予受理。';
  const para3 = '请各地高度重视，加强宣传引导，确保工作取得实效。';
  const lines1 = wrap(para1, width);
  const lines2 = wrap(para2, width);
  // The PDF extractor puts a page's link annotations right under the publisher's URL,
  // one per line without blank lines; the footer and page counter follow.
  const page = [
    ['http://www.hdzc-demo.com/', 'http://www.example.gov.cn/files/2022/fj1.xls'].join('\n'),
    '',
    '华东政策咨询有限公司 a 电话：55501234a 欢迎咨询  ',
    '网址：www.hdzc-demo.com ',
    ' ',
    '第 3 页 共 9 页 ',
    ' ',
  ];
  const body = [
    ...lines1,
    ...lines2.slice(0, 2),
    ...page,
    ...lines2.slice(2).map((l, i) => (i === 0 ? ' ' + l : l)),
    ...wrap(para3, width),
    '附件：推荐汇总表 ',
    '山西省工业和信息化厅 ',
    '2022 年 4 月 28 日 ',
    '相关链接： ',
    'http://gxt.example.gov.cn/tzgg/2022/0428/a1b2c3d4e5f6',
    '789.html ',
  ];
  const text = [
    ' [申报通知] ',
    '山西省关于征集2022年度智能制造示范',
    '项目的通知 ',
    '晋工信智能〔2022〕 56 号 ',
    '各市工业和信息化局： ',
    ...body,
    ' ',
    '关于公布2021年度绿色工厂名单的通知 ',
    '各市工业和信息化局： ',
    ...wrap('根据绿色工厂评价要求，经企业自评价、第三方评价、市级推荐和专家论证，确定了2021年度省级绿色工厂名单，现予以公布，请各地做好跟踪服务。', width),
    '华东政策咨询有限公司 a 电话：55501234a 欢迎咨询  ',
    '网址：www.hdzc-demo.com ',
    '山西省工业和信息化厅 ',
    '2022 年 4 月 29 日 ',
    '相关链接： ',
    'http://gxt.example.gov.cn/tzgg/2022/0429.html ',
  ].join('\n\n');
  const parsed = parseBulletin(text);
  const first = parsed.notices[0];

  it('finds both notices under the section; publisher from the footer, no issue', () => {
    expect(parsed.bulletin).toEqual({ publisher: '华东政策咨询有限公司', issue: null });
    expect(parsed.notices.map((n) => [n.category, n.title])).toEqual([
      ['申报通知', '山西省关于征集2022年度智能制造示范项目的通知'],
      ['申报通知', '关于公布2021年度绿色工厂名单的通知'],
    ]);
  });

  it('joins a wrapped title and a wrapped URL', () => {
    expect(first?.title).toBe('山西省关于征集2022年度智能制造示范项目的通知');
    expect(first?.url).toBe('http://gxt.example.gov.cn/tzgg/2022/0428/a1b2c3d4e5f6789.html');
  });

  it('reads 文号, agency, date and deadline', () => {
    expect(first).toMatchObject({
      docNumber: '晋工信智能〔2022〕56号',
      agencies: ['山西省工业和信息化厅'],
      date: '2022-04-28',
      deadline: '2022-05-20',
      attachments: ['推荐汇总表'],
    });
  });

  it('re-flows hard-wrapped lines into the original paragraphs across the page furniture', () => {
    expect(first?.body).toEqual(['各市工业和信息化局：', para1, para2, para3, '附件：推荐汇总表', '山西省工业和信息化厅', '2022年4月28日']);
  });

  it('keeps the link annotation as a link of the notice, not as text', () => {
    expect(first?.links).toEqual(['http://www.example.gov.cn/files/2022/fj1.xls']);
  });
});
