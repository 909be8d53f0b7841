// parseDocument on the layouts a single 公文 comes in, beyond the labelled test set: the
// GB/T 9704 head (份号, 密级, 紧急程度, 发文机关标志, 文号 with 签发人), a seal mark in the
// 落款, a pasted gov.cn metadata block, the agency named only by the banner or the
// title, and what is refused.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../shared/parse/index.ts';

const lines = (...text: string[]) => text.join('\n\n');

describe('parseDocument', () => {
  it('reads a 上行文 head: copy number, marks, banner, 文号 with 签发人, title, addressees', () => {
    const doc = parseDocument(
      lines(
        '000123',
        '机密★1年',
        '特急',
        '山东省工业和信息化厅文件',
        '鲁工信产〔2019〕146号　　　签发人：张三',
        '山东省工业和信息化厅关于推荐2020年度山东省服务型制造示范企业的通知',
        '各市工业和信息化局，有关企业：',
        '为贯彻落实《山东新旧动能转换综合试验区建设总体方案》部署，现将有关事宜通知如下：各市于9月19日前将申报材料报送产业政策处。',
        '山东省工业和信息化厅',
        '（印章）',
        '2019年9月9日',
      ),
    );
    expect(doc.kind).toBe('notice');
    expect(doc.notices).toHaveLength(1);
    expect(doc.notices[0]).toMatchObject({
      title: '山东省工业和信息化厅关于推荐2020年度山东省服务型制造示范企业的通知',
      docNumber: '鲁工信产〔2019〕146号',
      agencies: ['山东省工业和信息化厅'],
      date: '2019-09-09',
      deadline: '2019-09-19',
      addressees: ['各市工业和信息化局', '有关企业'],
      category: '项目申报',
    });
    expect(doc.notices[0]?.body[0]).toBe('各市工业和信息化局，有关企业：');
  });

  it('reads the 落款 across a seal mark, the date in Chinese numerals', () => {
    const doc = parseDocument(lines('关于开展2019年度绿色工厂推荐工作的通知', '各区工业和信息化主管部门：', '现开展2019年度绿色工厂推荐工作，请于2019年10月15日前报送推荐材料。', '北京市经济和信息化局', '（印章）', '二〇一九年九月九日', '（联系人：王明，电话：010-55579000）'));
    expect(doc.notices[0]).toMatchObject({ agencies: ['北京市经济和信息化局'], date: '2019-09-09', deadline: '2019-10-15', addressees: ['各区工业和信息化主管部门'] });
    expect(doc.notices[0]?.contacts).toEqual([{ name: '王明', unit: null, phone: '010-55579000', email: null }]);
  });

  it('takes a 原文链接 to a page as the notice’s own link, and one to a site’s home page as a link of its text only', () => {
    const body = ['关于开展2019年度绿色工厂推荐工作的通知', '各区工业和信息化主管部门：', '现开展2019年度绿色工厂推荐工作，请于2019年10月15日前报送推荐材料。', '北京市经济和信息化局', '2019年9月9日'];
    const page = parseDocument(lines(...body, '原文链接：http://jxj.beijing.gov.cn/jxdt/tzgg/201909/t20190909_123.html'));
    expect(page.notices[0]?.url).toBe('http://jxj.beijing.gov.cn/jxdt/tzgg/201909/t20190909_123.html');
    const home = parseDocument(lines(...body, '原文链接：http://www.bjsme.gov.cn/'));
    expect(home.notices[0]?.url).toBeNull();
    expect(home.notices[0]?.links).toEqual(['http://www.bjsme.gov.cn/']);
  });

  it('takes the agency from the banner, then from the title, when the notice is unsigned', () => {
    const banner = parseDocument(lines('淮北市经济和信息化局文件', '淮经信节能〔2019〕79号', '关于印发淮北市绿色工厂评价管理暂行办法的通知', '各县区经信局：', '现将《淮北市绿色工厂评价管理暂行办法》印发给你们，请认真贯彻执行。'));
    expect(banner.notices[0]).toMatchObject({ agencies: ['淮北市经济和信息化局'], docNumber: '淮经信节能〔2019〕79号', date: null });
    const titled = parseDocument(lines('重庆市经济和信息化委员会关于市级第二批绿色制造体系示范名单的公示', '2019年9月11日', '现将名单予以公示，公示期间有异议的请书面反馈。'));
    expect(titled.notices[0]).toMatchObject({ agencies: ['重庆市经济和信息化委员会'], date: '2019-09-11' });
  });

  it('reads a pasted gov.cn metadata block, labels spaced out, several on a line', () => {
    const doc = parseDocument(
      lines(
        '索 引 号：000014349/2019-00123\t主题分类：工业、交通\\其他',
        '发文机关：国务院办公厅\t成文日期：2019年08月01日',
        '标　　题：国务院办公厅关于促进平台经济规范健康发展的指导意见',
        '发文字号：国办发〔2019〕38号\t发布日期：2019年08月08日',
        '国务院办公厅关于促进平台经济规范健康发展的指导意见',
        '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
        '互联网平台经济是生产力新的组织方式，是经济发展新动能。经国务院同意，现提出以下意见。',
      ),
    );
    expect(doc.notices[0]).toMatchObject({
      title: '国务院办公厅关于促进平台经济规范健康发展的指导意见',
      docNumber: '国办发〔2019〕38号',
      agencies: ['国务院办公厅'],
      date: '2019-08-01',
    });
    expect(doc.notices[0]?.body.join('')).not.toContain('索引号');
  });

  it('leaves a related-links box out of the notice rather than reading its titles as notices', () => {
    const doc = parseDocument(
      lines('关于进一步加强绿色政府采购有关事项的通知', '京财采购〔2018〕2593号', '各区财政局：', '现就进一步加强绿色政府采购有关事项通知如下。', '北京市财政局', '2018年11月28日', '相关阅读', '关于做好2019年政府采购工作的通知', '京财采购〔2019〕1号'),
    );
    expect(doc.kind).toBe('notice');
    expect(doc.notices.map((n) => n.title)).toEqual(['关于进一步加强绿色政府采购有关事项的通知']);
  });

  it('reads the notice after a WeChat article’s lead, and leaves the lead and the closing prompts out', () => {
    const doc = parseDocument(
      lines(
        '重磅！三部门发布新政，企业最高可获500万元补助',
        '政策速递 2021-05-08 08:30',
        '近日，财政部、工业和信息化部联合印发《关于支持“专精特新”中小企业高质量发展的通知》（财建〔2021〕2号），全文如下：',
        '财政部 工业和信息化部关于支持“专精特新”中小企业高质量发展的通知',
        '财建〔2021〕2号',
        '各省、自治区、直辖市、计划单列市财政厅（局）、中小企业主管部门：',
        '为加快培育一批专精特新“小巨人”企业，现就有关事项通知如下：请于2021年3月31日前报送实施方案。',
        '财政部',
        '工业和信息化部',
        '2021年1月23日',
        'END',
        '点击“阅读原文”查看详情',
        '喜欢就点个“在看”吧',
      ),
    );
    expect(doc.kind).toBe('notice');
    expect(doc.notices[0]).toMatchObject({ docNumber: '财建〔2021〕2号', agencies: ['财政部', '工业和信息化部'], date: '2021-01-23', deadline: '2021-03-31' });
    expect(doc.notices[0]?.title).toMatch(/^财政部\s?工业和信息化部关于支持/);
    const body = doc.notices[0]?.body.join('\n') ?? '';
    expect(body).not.toMatch(/近日|全文如下|END|阅读原文|在看/);
  });

  it('does not take an opening sentence ending in a colon for the addressees', () => {
    const doc = parseDocument(
      lines('国家税务总局关于实施小微企业普惠性税收减免政策有关问题的公告', '国家税务总局公告2019年第2号', '为贯彻落实《财政部 税务总局关于实施小微企业普惠性税收减免政策的通知》（财税〔2019〕13号），现就有关问题公告如下：', '一、本公告自2019年1月1日起施行。', '国家税务总局', '2019年1月18日'),
    );
    expect(doc.notices[0]).toMatchObject({ docNumber: '国家税务总局公告2019年第2号', agencies: ['国家税务总局'], addressees: [] });
  });

  it('refuses what is no notice, saying why', () => {
    expect(parseDocument('')).toMatchObject({ kind: 'not-notice', notices: [] });
    expect(parseDocument(lines('项目周会纪要', '一、上周进展', '完成了界面初稿。', '二、下周计划', '开始联调。'))).toMatchObject({ kind: 'not-notice', refusal: 'no-marks', reading: { kind: 'refused', refusal: 'no-marks' } });
    expect(parseDocument(lines('春节放假安排', '大家好，今年春节放假七天，请提前安排好工作。'))).toMatchObject({ kind: 'not-notice', refusal: 'no-marks', reading: { kind: 'refused', refusal: 'no-marks' } });
  });

  it('still reads a bulletin as a bulletin', () => {
    const doc = parseDocument(lines('北京关键要素科技有限公司', '快讯', '(2018) 1202 期', '[政策文件]', '关于印发《电子营业执照管理办法（试行）》的通知', '国市监注〔2018〕249号', '各省市场监督管理局：', '现印发给你们。', '市场监管总局', '2018年12月17日'));
    expect(doc.kind).toBe('bulletin');
    expect(doc.bulletin.issue).toBe('(2018) 1202 期');
    expect(doc.notices.map((n) => n.category)).toEqual(['政策文件']);
  });
});

describe('parseDocument on a second held-out set of real pages', () => {
  it('keeps an interview on a policy (问：… 答：…) and refuses a company’s own news of being selected', () => {
    const interview = parseDocument(lines('该负责同志表示,《规划》提出了六大目标19项指标。', '以下为答记者全文:', '问:请您介绍一下制定《规划》的背景和意义。', '答:“十四五”时期,各有关部门要围绕中央规划《建议》编制专项规划。'));
    expect(interview.refusal).toBeUndefined();
    expect(interview.notices).toHaveLength(1);
    const company = parseDocument(lines('近日,根据《关于组织申报2021年度市级“专精特新”中小企业的通知》要求,经企业自主申报、专家评审,济南市2021年市级“专精特新”中小企业名单进行公示,小鸭家电公司榜上有名!', '小鸭将不负众望,继续专注技术创新。'));
    expect(company.refusal).toBe('company');
    // A press conference's report answers the press too, but is news.
    expect(parseDocument(lines('国务院新闻办公室于2023年4月13日下午3时举行新闻发布会,请国家市场监督管理总局局长介绍有关情况,并答记者问。', '图为新闻发布会现场。')).refusal).toBe('news');
  });

  it('reads a numbered 公告 whose heading is split over lines, its number alone as 2008年第43号', () => {
    const doc = parseDocument(lines('中华人民共和国商务部', '公  告', '2008年第43号', '根据《中国东盟全面经济合作框架协议》,现将起酥油进口有关事项公告如下:', '一、进口原产于东盟国家的起酥油,适用优惠税率。', '中华人民共和国商务部', '二〇〇八年六月十七日'));
    expect(doc.notices[0]).toMatchObject({ title: '中华人民共和国商务部公告', docNumber: '中华人民共和国商务部公告2008年第43号', agencies: ['中华人民共和国商务部'], date: '2008-06-17' });
  });

  it('dates a law database’s copy by its date-and-issuer line, not by the database’s crawl time', () => {
    const doc = parseDocument(lines('财政部关于国有商业、粮食企业实施新的财务制度若干政策衔接问题的通知', '作者:法律资料网 时间:2024-05-14 15:50:49 浏览:8704 来源:法律资料网', '财政部关于国有商业、粮食企业实施新的财务制度若干政策衔接问题的通知', '1993年6月11日,财政部', '国务院有关部门,各省、自治区、直辖市财政厅(局):', '按照国办通〔1988〕26号文规定,国营商业企业按销售额的1%在税前提取市场调节基金。新《制度》实施后,此规定停止执行。'));
    expect(doc.notices[0]).toMatchObject({ agencies: ['财政部'], date: '1993-06-11' });
  });

  it('reads joint issuers run together in a one-line copy’s 落款, and a 文号 before a metadata label', () => {
    const hainan = parseDocument('各有关单位:经审慎研究,将项目申报截止时间由原定的2月5日延长至2月28日,请相关单位抓紧申报。海南省科学技术厅海南省工业和信息化厅2026年2月12日(此件主动公开)。');
    expect(hainan.notices[0]).toMatchObject({ agencies: ['海南省科学技术厅', '海南省工业和信息化厅'], date: '2026-02-12' });
    const tax = parseDocument(lines('国家税务总局关于增值税电子普通发票使用有关事项的公告', '国家税务总局公告2018年第41号 颁布时间:2018/7/23 20:32:17', '为保障国税地税征管体制改革工作顺利推进,现就增值税电子普通发票使用有关事项公告如下:', '一、新税务机构挂牌后,将启用新的发票监制章。'));
    expect(tax.notices[0]).toMatchObject({ docNumber: '国家税务总局公告2018年第41号', date: '2018-07-23' });
  });

  it('reads a page that prints its headline, a 导读, then the document’s own head with the same title as one document', () => {
    const doc = parseDocument(lines('天津市人民政府办公厅印发关于促进我市开发区改革和创新发展实施方案的通知', '导读:加强新形势下开发区的改革和创新发展,对于我市全面建成高质量小康社会具有重要意义。', '津政办函〔2017〕103号', '天津市人民政府办公厅印发关于促进我市', '开发区改革和创新发展实施方案的通知', '各区人民政府,各委、局,各直属单位:', '经市人民政府同意,现将《关于促进我市开发区改革和创新发展的实施方案》印发给你们,请照此执行。', '天津市人民政府办公厅', '2017年10月9日'));
    expect(doc.notices).toHaveLength(1);
    expect(doc.notices[0]).toMatchObject({ docNumber: '津政办函〔2017〕103号', date: '2017-10-09' });
  });

  it('starts the forwarded notice at its title after the forward’s 落款, even when nothing else of it was copied', () => {
    const doc = parseDocument(lines('成都市科学技术局关于转发《四川省科学技术厅关于协助开展2021年现场绩效评价工作的通知》的通知', '各区(市)县科技主管部门:', '按照省科技厅《关于协助开展2021年现场绩效评价工作的通知》要求,现转发给你们,请按文件要求完成材料准备及报送工作。', '成都市科学技术局', '2021年5月14日', '四川省科学技术厅关于协助开展2021年现场绩效评价工作的通知'));
    expect(doc.notices.map((n) => n.title)).toEqual(['成都市科学技术局关于转发《四川省科学技术厅关于协助开展2021年现场绩效评价工作的通知》的通知', '四川省科学技术厅关于协助开展2021年现场绩效评价工作的通知']);
    expect(doc.notices[1]?.agencies).toEqual(['四川省科学技术厅']);
  });

  it('takes no red header’s English name (Industry) for the title of a notice attached without its own', () => {
    const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/real/h-harbin-fuwuxing-zhizao-2022.txt'), 'utf8');
    const doc = parseDocument(text);
    expect(doc.notices.length).toBe(2);
    expect(doc.notices.map((n) => n.title)).not.toContain('Industry');
    expect(doc.notices[1]?.title.startsWith('（无标题）')).toBe(true);
  });

  it('takes a site column’s word off a title and its issuer, and gives back a title’s lost opening 《', () => {
    const xiamen = parseDocument(lines('法规国家税务总局厦门市税务局关于2020年度新入学大学生医疗保险参保缴费工作的通知', '各高校:', '现将有关事项通知如下。', '国家税务总局厦门市税务局', '2020年8月28日'));
    expect(xiamen.notices[0]).toMatchObject({ title: '国家税务总局厦门市税务局关于2020年度新入学大学生医疗保险参保缴费工作的通知', agencies: ['国家税务总局厦门市税务局'] });
    const kaizhou = parseDocument(lines('重庆市开州区科技创新赋能高质量发展行动计划(2025—2027年)》政策解读', '《重庆市开州区科技创新赋能高质量发展行动计划(2025—2027年)》(以下简称《行动计划》)已经区政府常务会议审议通过。现从四个方面作简要解读。'));
    expect(kaizhou.notices[0]?.title).toBe('《重庆市开州区科技创新赋能高质量发展行动计划（2025—2027年）》政策解读');
  });
});
