// One test group per field, on the hard cases the bulletins contain.
import { describe, expect, it } from 'vitest';
import { findAttachments } from '../../../shared/parse/attachments.ts';
import { findContacts } from '../../../shared/parse/contacts.ts';
import { findDeadline, findDeadlines } from '../../../shared/parse/deadline.ts';
import { citedDocNumbers, docNumberOnLine } from '../../../shared/parse/doc-number.ts';
import { agenciesOnLine } from '../../../shared/parse/signature.ts';

describe('docNumber: the 文号 line under the title', () => {
  it.each([
    ['发改财金〔2018〕1756 号', '发改财金〔2018〕1756号'],
    ['工信部联节[2017]178号', '工信部联节[2017]178号'],
    ['国市监注（2018）249号', '国市监注（2018）249号'],
    ['国知发管字 (2018) 32 号', '国知发管字(2018)32号'],
    ['淮经信节能〔 2019 〕79 号 ', '淮经信节能〔2019〕79号'],
    ['工信部联节［2016］304号', '工信部联节［2016］304号'],
    ['国家发展改革委令 第 5 号', '国家发展改革委令第5号'],
    // Real copies that lost a character: the closing bracket (农业农村部, 新昌县), the 号 of a 公告 number.
    ['农规发〔201923', '农规发〔201923'],
    ['新政发〔20165号', '新政发〔20165号'],
    ['国家税务总局公告2018年第41', '国家税务总局公告2018年第41'],
  ])('%s → %s', (line, docNumber) => {
    expect(docNumberOnLine(line)).toBe(docNumber);
  });

  it('is not a sentence that merely contains one, nor a file name', () => {
    expect(docNumberOnLine('根据《意见》（晋政发〔2018〕41号）要求')).toBeNull();
    expect(docNumberOnLine('关于印发《北京工业互联网发展行动计划（2018-2020年）》的通知-京制创组发 201801 号-pdf.pdf')).toBeNull();
    expect(docNumberOnLine('各省、自治区、直辖市：')).toBeNull();
    expect(docNumberOnLine('（201923')).toBeNull();
    expect(docNumberOnLine('2018年第41')).toBeNull();
  });
});

describe('citedDocNumbers: 文号 the body cites', () => {
  it('finds them inside 《…》（…） and after 根据/和, spaces removed, each once', () => {
    const body = [
      '按照《科技部关于发布…申报指南的通知》（国科发资〔2018〕264 号）的要求，根据鲁政发〔2017〕15号和鲁财工[2017]52号',
      '再次引用（国科发资〔2018〕264号）。',
    ];
    expect(citedDocNumbers(body, null)).toEqual(['国科发资〔2018〕264号', '鲁政发〔2017〕15号', '鲁财工[2017]52号']);
  });

  it('never lists the notice’s own 文号, in whatever bracket style it is cited', () => {
    expect(citedDocNumbers(['本通知（工信部联节（2016）304号）自印发之日起施行'], '工信部联节〔2016〕304号')).toEqual([]);
  });

  it('joins a 文号 the PDF wrapped: 工信部联产业 / 〔2016〕231号', () => {
    expect(citedDocNumbers(['符合《发展服务型制造专项行动指南》的通知（工信部联产业〔2016〕231号）明确的方向'], null)).toEqual(['工信部联产业〔2016〕231号']);
  });
});

describe('agencies: a signature line', () => {
  it('joins spaced-out letters into one name', () => {
    expect(agenciesOnLine('财 政 部')).toEqual(['财政部']);
    expect(agenciesOnLine('自 然 资 源 部')).toEqual(['自然资源部']);
    expect(agenciesOnLine('人 民 银 行')).toEqual(['人民银行']);
  });

  it('splits several names on one line', () => {
    expect(agenciesOnLine('工业和信息化部 国家标准化管理委员会')).toEqual(['工业和信息化部', '国家标准化管理委员会']);
    expect(agenciesOnLine('山东省经济和信息化委员会 山东省财政厅')).toEqual(['山东省经济和信息化委员会', '山东省财政厅']);
  });

  it('splits two names the PDF ran together', () => {
    expect(agenciesOnLine('自治区工业和信息化厅自治区生态环境厅')).toEqual(['自治区工业和信息化厅', '自治区生态环境厅']);
    expect(agenciesOnLine('国家发展改革委国家能源局')).toEqual(['国家发展改革委', '国家能源局']);
  });

  it('keeps one long name whole', () => {
    expect(agenciesOnLine('北京市科学技术委员会国际合作处')).toEqual(['北京市科学技术委员会国际合作处']);
  });

  it('is not a sentence, a list item or an attachment line', () => {
    expect(agenciesOnLine('特此通知。')).toBeNull();
    expect(agenciesOnLine('2. 长江经济带产业转移指南')).toBeNull();
    expect(agenciesOnLine('附件：绿色制造标准体系建设指南')).toBeNull();
  });
});

describe('deadline: the earliest 申报/报送/填报 date', () => {
  it('takes the year from the notice when the text omits it', () => {
    expect(findDeadline(['省级主管部门组织审核，并于 10 月 15 日前将《申报表》报送我部。'], '2019-08-29')).toBe('2019-10-15');
  });

  it('takes the next year when the date would fall before the notice', () => {
    expect(findDeadline(['请于1月8日前报送材料。'], '2018-12-05')).toBe('2019-01-08');
  });

  it('reads a time before 前, a cut-off, the end of a window, and the end of a month', () => {
    expect(findDeadline(['报送时间：2019 年 1 月 8 日 17:00 前。'], '2018-12-05')).toBe('2019-01-08');
    expect(findDeadline(['各市上报时间截止到2018年12月31日。'], '2018-12-12')).toBe('2018-12-31');
    expect(findDeadline(['网上填报受理时间：2019 年 9 月 6 日-2019 年 10 月 11 日（截止至 18：00）'], '2019-09-06')).toBe('2019-10-11');
    expect(findDeadline(['我局将于 2019 年 9 月 10 日-9 月 23 日再次开放网上填报系统'], '2019-09-09')).toBe('2019-09-23');
    expect(findDeadline(['审核汇总后，11月底前一式两份报送省经济和信息化委。'], '2018-08-28')).toBe('2018-11-30');
  });

  it('reads a window below a heading that names the action', () => {
    expect(findDeadline(['三、系统填报时间', '2019 年 9 月 10 日 09：00-2019 年 9 月 23 日 09：00'], '2019-09-09')).toBe('2019-09-23');
  });

  it('chooses the earliest of several', () => {
    const body = ['请于2018年9月25日前报送申报文件。', '推荐工作应于2018年9月20日前完成。', '2018年10月30日前提交纸质材料。'];
    expect(findDeadline(body, '2018-09-04')).toBe('2018-09-20');
  });

  it('ignores dates that are no deadline: a 公示 period, a year end, a start, a past period', () => {
    expect(findDeadline(['公示时间：2019 年 9 月 12 日至 9 月 19 日。'], '2019-09-11')).toBeNull();
    expect(findDeadline(['2020 年年底前，各级生态环境部门实现监管常态化。'], '2019-09-08')).toBeNull();
    expect(findDeadline(['2018年10月16日起，在我省注册的企业可申报。'], '2018-12-12')).toBeNull();
    expect(findDeadline(['申报考核时间段为2017年7月1日至2018年6月30日。'], '2018-09-12')).toBeNull();
  });
});

describe('attachments: 附件 names', () => {
  it('a single name after 附件：', () => {
    expect(findAttachments(['附件：绿色制造标准体系建设指南'])).toEqual(['绿色制造标准体系建设指南']);
  });

  it('a numbered list starting on the label line, spaces around numbers removed', () => {
    expect(findAttachments(['附件：1. 长江经济带 11 省市危险化学品搬迁改造重点项目', '2. 长江经济带产业转移指南', '工业和信息化部'])).toEqual([
      '长江经济带11省市危险化学品搬迁改造重点项目',
      '长江经济带产业转移指南',
    ]);
  });

  it('a numbered list under a bare 附件： heading', () => {
    expect(findAttachments(['附件：', '1.消费品工业“三品”战略示范城市申报表', '2.消费品工业“三品”战略示范城市实施方案（参考大纲）'])).toEqual([
      '消费品工业“三品”战略示范城市申报表',
      '消费品工业“三品”战略示范城市实施方案（参考大纲）',
    ]);
  });

  it('附件一：… lines, and not the bulletin’s own 相关附件 line', () => {
    expect(findAttachments(['附件一：小微企业融资担保项目申报材料.docx', '附件二：中小企业融资租赁项目申报材料.docx', '相关附件：关于组织开展工作的通知'])).toEqual([
      '小微企业融资担保项目申报材料.docx',
      '中小企业融资租赁项目申报材料.docx',
    ]);
  });

  it('the name only, as real pages print it: its number before a year, a bullet, 【】, a 落款 after the file type, a download hint', () => {
    // 宁夏 and 江苏 WeChat copies, 聊城 and 西安 pages, 陕西 2012 (落款 run on), a 云南 WeChat hint.
    expect(findAttachments(['附件：1.2023年自治区服务型制造示范平台和工业设计中心认定申报要求', '2.自治区服务型制造示范平台申报书'])).toEqual([
      '2023年自治区服务型制造示范平台和工业设计中心认定申报要求',
      '自治区服务型制造示范平台申报书',
    ]);
    expect(findAttachments(['附件：· 2022年度山东省重点研发计划(软科学项目)建议表.docx'])).toEqual(['2022年度山东省重点研发计划(软科学项目)建议表.docx']);
    expect(findAttachments(['附件：【西安高新区重大科技项目申报表.doc】'])).toEqual(['西安高新区重大科技项目申报表.doc']);
    expect(findAttachments(['附件：第八批省级认定企业技术中心名单.doc陕西省工业和信息化厅陕西省科学技术厅陕西省财政厅'])).toEqual(['第八批省级认定企业技术中心名单.doc']);
    expect(findAttachments(['附件：2021年拟认定绵阳市工程技术研究中心名单附件1.docx'])).toEqual(['2021年拟认定绵阳市工程技术研究中心名单.docx']);
    expect(findAttachments(['附件：2023年度特色产业集群申报指南安徽省经济和信息化厅'])).toEqual(['2023年度特色产业集群申报指南']);
    expect(findAttachments(['附件：（点击左下角“阅读原文”下载）'])).toEqual([]);
  });

  it('a document listed as a link and as its download is one attachment, with its file type', () => {
    expect(findAttachments(['附件：相关通知要求', '附件：相关通知要求.zip'])).toEqual(['相关通知要求.zip']);
    expect(findAttachments(['附件：1.申报表', '2.推荐汇总表', '附件：《申报表》'])).toEqual(['申报表', '推荐汇总表']);
  });
});

describe('contacts', () => {
  it('one field a line, grouped by 单位', () => {
    const body = ['联系方式：', '单位：山西省财政厅', '联系人：郝红燕', '联系电话：0351-4043381', '邮箱：hhysxty@sina.com', '单位：山西省小企业发展促进局', '联系人：赵慧贤', '联系电话：0351-5607023'];
    expect(findContacts(body)).toEqual([
      { name: '郝红燕', unit: '山西省财政厅', phone: '0351-4043381', email: 'hhysxty@sina.com' },
      { name: '赵慧贤', unit: '山西省小企业发展促进局', phone: '0351-5607023', email: null },
    ]);
  });

  it('name then phone, and unit：name, phone', () => {
    expect(findContacts(['赵波静 电话：82004299', '省经信委投资处：唐国锋，联系电话：0571-87052923；'])).toEqual([
      { name: '赵波静', unit: null, phone: '82004299', email: null },
      { name: '唐国锋', unit: '省经信委投资处', phone: '0571-87052923', email: null },
    ]);
  });

  it('several people on one line, and a name run into its label', () => {
    expect(findContacts(['申报材料报送电话：曹然 82176966，胡熙 82176996', '联系人：郁小宇电话：0531-86915301', '电子邮箱：cyzcc_sjxw@shandong.cn'])).toEqual([
      { name: '曹然', unit: null, phone: '82176966', email: null },
      { name: '胡熙', unit: null, phone: '82176996', email: null },
      { name: '郁小宇', unit: null, phone: '0531-86915301', email: 'cyzcc_sjxw@shandong.cn' },
    ]);
  });

  it('a unit with two names sharing one phone under a 联系方式 heading', () => {
    expect(findContacts(['四、联系方式', '省科技厅基础研究处 肖育雷 郭举', '地址：太原市迎泽大街366号', '电话：0351-4049920'])).toEqual([
      { name: '肖育雷', unit: '省科技厅基础研究处', phone: '0351-4049920', email: null },
      { name: '郭举', unit: '省科技厅基础研究处', phone: '0351-4049920', email: null },
    ]);
  });

  it('a bare phone in brackets; nothing from ordinary sentences', () => {
    expect(findContacts(['（联系电话：010-68205544）'])).toEqual([{ name: null, unit: null, phone: '010-68205544', email: null }]);
    expect(findContacts(['畅通“12369”电话、网络和微信举报以及来信来访等渠道，及时回应群众关切。'])).toEqual([]);
  });
});

describe('deadline wording variants', () => {
  it.each([
    ['请于2020年3月31日（含）前提交申请。', '2020-03-31'],
    ['申报材料须于4月10日17时前报送。', '2020-04-10'],
    ['截止日期为2020年5月8日，逾期不予受理申报。', '2020-05-08'],
    ['请在2020年6月1日下班前完成网上填报。', '2020-06-01'],
    // 商务部 2012: 报 with the office it goes to, a weekday in brackets.
    ['请你单位抓紧统计进展情况,并于2020年4月27日(周五)前报我司。', '2020-04-27'],
    // 山东省科技厅 2021: mailed.
    ['请于6月20日前将工作总结纸质材料一份加盖公章后,邮寄至科技厅高新处。', '2020-06-20'],
    // 厦门 tax bureau 2020: a window within one month, its end as a day only.
    ['学校代缴的,应于11月4日至25日完成申报缴费。', '2020-11-25'],
  ])('%s → %s', (sentence, deadline) => {
    expect(findDeadline([sentence], '2020-03-01')).toBe(deadline);
  });
});

describe('deadlines of an undated notice', () => {
  it('take a yearless date into the year of a deadline printed with its year (相城 2022)', () => {
    const dates = findDeadlines(['符合条件的单位请于2022年10月28日前完成网上申报。', '各板块审核完毕后,于11月10日前将推荐文件报区商务局。', '本次支持的项目执行期为2020年1月1日至2020年12月31日。'], null, 2020).map((d) => d.date);
    expect(dates).toEqual(['2022-10-28', '2022-11-10']);
  });
});
