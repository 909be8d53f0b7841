// parseDocument on the layouts a single 公文 comes in, beyond the labelled test set: the
// GB/T 9704 head (份号, 密级, 紧急程度, 发文机关标志, 文号 with 签发人), a seal mark in the
// 落款, a pasted gov.cn metadata block, the agency named only by the banner or the
// title, and what is refused.
import { describe, expect, it } from 'vitest';
import { documentReasons, parseDocument } from '../../../shared/parse/index.ts';

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
    expect(parseDocument(lines('项目周会纪要', '一、上周进展', '完成了界面初稿。', '二、下周计划', '开始联调。'))).toMatchObject({ kind: 'not-notice', reason: documentReasons.refused['no-marks'] });
    expect(parseDocument(lines('春节放假安排', '大家好，今年春节放假七天，请提前安排好工作。'))).toMatchObject({ kind: 'not-notice', reason: documentReasons.refused['no-marks'] });
  });

  it('still reads a bulletin as a bulletin', () => {
    const doc = parseDocument(lines('北京关键要素科技有限公司', '快讯', '(2018) 1202 期', '[政策文件]', '关于印发《电子营业执照管理办法（试行）》的通知', '国市监注〔2018〕249号', '各省市场监督管理局：', '现印发给你们。', '市场监管总局', '2018年12月17日'));
    expect(doc.kind).toBe('bulletin');
    expect(doc.bulletin.issue).toBe('(2018) 1202 期');
    expect(doc.notices.map((n) => n.category)).toEqual(['政策文件']);
  });
});
