// Bulletin 003 is PDF-extracted text (no header, hard-wrapped lines, page footers,
// link annotations) with no labels here. Every field of every notice below was read
// off the text by hand; the parser must produce exactly these values.
import { describe, expect, it } from 'vitest';
import type { Contact, ParsedNotice } from '../../../shared/model/notice.ts';
import { parseBulletin } from '../../../shared/parse/index.ts';
import { BULLETIN_003, readBulletin } from '../../support/bulletins.ts';

type Expected = Omit<ParsedNotice, 'body' | 'deadlines'>;

const phone = (p: string): Contact => ({ name: null, unit: null, phone: p, email: null });

const expected: Expected[] = [
  {
    category: '政策文件',
    title: '关于进一步深化生态环境监管服务推动经济高质量发展的意见',
    docNumber: null,
    agencies: ['生态环境部'],
    date: '2019-09-08',
    url: 'http://www.mee.gov.cn/xxgk2018/xxgk/xxgk03/201909/t20190911_733474.html',
    links: [],
    deadline: null,
    attachments: [],
    contacts: [],
    citedDocNumbers: [],
  },
  {
    category: '绿色制造',
    title: '关于印发《宁夏回族自治区工业绿色发展行动方案（2019-2022年）》的通知',
    docNumber: null,
    agencies: ['自治区工业和信息化厅', '自治区生态环境厅'],
    date: '2019-09-02',
    url: 'http://gxt.nx.gov.cn/info/1310/16416.htm',
    links: [],
    deadline: null,
    attachments: ['宁夏回族自治区工业绿色发展行动方案（2019-2022年）'],
    contacts: [],
    citedDocNumbers: [],
  },
  {
    category: '绿色制造',
    title: '重庆市关于市级第二批绿色制造体系示范名单的公示',
    docNumber: null,
    agencies: ['重庆市经济和信息化委员会'],
    date: '2019-09-11',
    url: 'http://jjxxw.cq.gov.cn/main/hdjl/hdjl-yjzj/2019-09/8aeebf936cbbf096016d1fa060eb3ed2.html',
    // The attachment's download link, printed by the PDF as a page annotation.
    links: ['http://jjxxw.cq.gov.cn/resource/file/20190911/1568193653368079367.doc?_t=1568253184795'],
    // 公示时间 is not an application deadline.
    deadline: null,
    attachments: ['重庆市第二批绿色制造体系示范单位公示名单.doc'],
    contacts: [phone('63897443')],
    citedDocNumbers: ['工信厅节函〔2016〕586号', '渝经信节能〔2019〕4号'],
  },
  {
    category: '绿色制造',
    title: '关于印发淮北市绿色工厂评价管理暂行办法的通知',
    docNumber: '淮经信节能〔2019〕79号',
    // The text prints no agency above the date (only link annotations stand there); the
    // rules it issues say 本办法由市经济和信息化局负责解释, and the title names 淮北市.
    agencies: ['淮北市经济和信息化局'],
    date: '2019-09-04',
    url: 'http://jxj.huaibei.gov.cn/xxfb/tzgg/18442741.html',
    links: [],
    deadline: null,
    attachments: ['淮北市绿色工厂评价报告'],
    contacts: [],
    citedDocNumbers: ['工信厅节函〔2016〕586号', '皖经信节能函〔2017〕124号', '皖经信节能〔2019〕98号', '淮经信节能〔2018〕77号'],
  },
  {
    category: '申报通知',
    title: '工业和信息化部关于组织申报2019年消费品工业“三品”战略示范城市的通知',
    docNumber: '工信厅消费函〔2019〕191号',
    agencies: ['工业和信息化部办公厅'],
    date: '2019-08-29',
    url: 'http://www.miit.gov.cn/n1146295/n1652858/n1652930/n3757019/c7407621/content.html',
    links: [],
    // `于 10 月 15 日前…报送我部`: the year comes from the notice's date.
    deadline: '2019-10-15',
    attachments: ['消费品工业“三品”战略示范城市申报表', '消费品工业“三品”战略示范城市实施方案（参考大纲）'],
    contacts: [phone('010-68205544')],
    citedDocNumbers: ['国办发〔2016〕40号'],
  },
  {
    category: '申报通知',
    title: '北京市关于2019年度企业技术中心年度评价工作相关事项的通知',
    docNumber: null,
    // Signed by the office alone; the notice says 我局 and cites 《北京市经济和信息化局关于发布…》.
    agencies: ['北京市经济和信息化局科技标准处'],
    date: '2019-09-09',
    url: 'https://jxj.beijing.gov.cn/jxdt/tzgg/300485.htm',
    links: [],
    // 系统填报时间：2019 年 9 月 10 日 09：00-2019 年 9 月 23 日 09：00
    deadline: '2019-09-23',
    attachments: ['“其他体现企业创新能力的事项清单”提交格式有问题的企业名单', '企业应用示范项目需求征集表', '企业技术中心网上申报系统使用说明'],
    contacts: [phone('55578560'), phone('55578557'), phone('55578317 85235079')],
    citedDocNumbers: ['京经信发〔2018〕7号', '京经信发〔2018〕8号'],
  },
  {
    category: '申报通知',
    title: '山西省关于开展国家新一代人工智能开放创新平台推荐申报工作的通知',
    docNumber: null,
    agencies: ['山西省科学技术厅'],
    date: '2019-09-09',
    url: 'http://kjt.shanxi.gov.cn/jcyjc/49061.jhtml',
    links: [],
    deadline: '2019-09-19',
    attachments: ['《科技部关于印发<国家新一代人工智能开放创新平台建设工作指引>的通知》（国科发高〔2019〕265号）'],
    contacts: [
      { name: '肖育雷', unit: '省科技厅基础研究处', phone: '0351-4049920', email: null },
      { name: '郭举', unit: '省科技厅基础研究处', phone: '0351-4049920', email: null },
    ],
    citedDocNumbers: ['国科发高〔2019〕265号'],
  },
  {
    category: '申报通知',
    title: '关于推荐2020年度山东省服务型制造示范企业的通知',
    docNumber: '鲁工信产〔2019〕146号',
    agencies: ['山东省工业和信息化厅'],
    date: '2019-09-09',
    url: 'http://gxt.shandong.gov.cn/art/2019/9/9/art_15201_7120101.html',
    links: [],
    deadline: '2019-09-19',
    attachments: ['示范企业申报书模版', '推荐汇总表', '项目绩效申报表', '项目支出绩效自评表'],
    contacts: [{ name: '郁小宇', unit: null, phone: '0531-86915301', email: 'cyzcc_sjxw@shandong.cn' }],
    citedDocNumbers: ['工信部联产业〔2016〕231号'],
  },
  {
    category: '申报通知',
    title: '深圳市科技创新委员会关于发布2019年企业研究开发资助申请指南的通知',
    docNumber: null,
    agencies: ['深圳市科技创新委员会'],
    date: '2019-09-06',
    url: 'http://stic.sz.gov.cn/xxgk/tzgg/201909/t20190910_18205018.htm',
    links: [],
    deadline: '2019-10-11',
    attachments: ['2019年企业研究开发资助申请指南'],
    contacts: [],
    citedDocNumbers: [],
  },
];

const parsed = parseBulletin(readBulletin(BULLETIN_003));
const fields = Object.keys(expected[0] ?? {}) as (keyof Expected)[];

describe('bulletin 003 (PDF text)', () => {
  it('has no header: no issue; the publisher comes from the page footer', () => {
    expect(parsed.bulletin).toEqual({ publisher: '北京关键要素科技有限公司', issue: null });
  });

  it('finds the nine notices in order', () => {
    expect(parsed.notices.map((n) => n.title)).toEqual(expected.map((e) => e.title));
  });

  expected.forEach((want, i) => {
    describe(`notice ${i + 1}: ${want.title.slice(0, 24)}`, () => {
      it.each(fields)('%s', (field) => {
        expect(parsed.notices[i]?.[field]).toEqual(want[field]);
      });
    });
  });
});

describe('bulletin 003 bodies', () => {
  const all = parsed.notices.flatMap((n) => n.body);

  it('contain no page furniture or link annotations', () => {
    for (const paragraph of all) {
      expect(paragraph).not.toMatch(/chinamomentum|欢迎咨询|第\s*\d+\s*页|共\s*18\s*页|62227852/);
      expect(paragraph).not.toMatch(/^https?:\/\//);
    }
  });

  it('re-flow lines into paragraphs, also across a page break', () => {
    const body = parsed.notices[4]?.body ?? [];
    expect(body).toContain(
      '（一）行业实力较强。消费品工业基础较好，区域特色和主导产业突出，实施“三品”战略实力较强。其中，2018年消费品工业（含轻工、纺织、食品、医药和消费类电子，下同）规模以上企业主营业务收入占全部工业35%以上，增加值增速、主营业务收入总额、利润总额居同类城市前列，或某一细分行业在全国具有重要影响。',
    );
  });

  it('keep headings and list items as their own paragraphs', () => {
    const body = parsed.notices[0]?.body ?? [];
    expect(body.slice(0, 4)).toEqual([
      '各省、自治区、直辖市、新疆生产建设兵团、副省级城市生态环境厅（局）：',
      expect.stringMatching(/^为深入贯彻习近平生态文明思想.*提出以下意见。$/) as string,
      '一、加大“放”的力度，激发市场主体活力',
      '（一）完善市场准入机制',
    ]);
    expect(parsed.notices[3]?.body).toContain('第一章 总则');
  });

  it('leave out the title, the 文号 and the 相关链接 block', () => {
    const body = parsed.notices[3]?.body ?? [];
    expect(body[0]).toBe('濉溪县经信局，各区经信局，市高新区经发局，临涣煤化工基地管委会经发局：');
    expect(body.some((p) => p.includes('相关链接'))).toBe(false);
  });
});
