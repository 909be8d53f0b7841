// Classes of real notices whom matching misread, one test each: a forwarder with no title
// of its own, a city's notice that does not say which city, results announced in the
// opening, a notice for government bodies alone, companies named as what a cluster or
// platform gathers, the platform one applies through, programmes for an area's leading
// firms, a national tier for holders of the provincial one, a keyword in the title, the
// applicant's age when the round ran, a review of holders, a district's support policy
// for its companies, and ways of manufacturing that are no trade of their own; figures and
// qualifications a profile does not answer are the consultant's to check (待核实).
import { describe, expect, it } from 'vitest';
import { codeWords } from '../../../renderer/platform/i18n/codes.ts';
import { explainMatch, POINTS, type MatchResult } from '../../../shared/match/score-pair.ts';
import { deriveFeatures } from '../../../shared/match/notice-features.ts';
import type { MatchProfile } from '../../../shared/match/profile.ts';
import { parsedNotice } from '../../support/parsed-notice.ts';

const texts = (result: MatchResult): string[] => (result.excluded ? [result.reason] : result.reasons).map((r) => codeWords.matchReason(r));
const keywordPoints = (result: MatchResult): number[] => (result.excluded ? [] : result.reasons.filter((r) => r.kind === 'keyword').map((r) => r.points));

const huizhouMaker: MatchProfile = { name: '惠州某电池股份有限公司', region: { province: '广东省', city: '惠州市' }, industry: '锂离子储能电池及系统制造', size: 'large', foundedYear: 2008 };
const huizhouSoftware: MatchProfile = { ...huizhouMaker, name: '惠州某软件有限公司', industry: '软件和信息技术服务', size: 'small' };

describe('whom a notice is for, on classes of real notices', () => {
  it('a forwarder with no title of its own is about the document it forwards', () => {
    const forwarder = deriveFeatures(
      parsedNotice({
        title: '（无标题）现将《广东省工业和信息化厅转发工业和信息化部办公…',
        agencies: ['惠州市工业和信息化局'],
        body: ['各县（区）工信主管部门：', '现将《广东省工业和信息化厅转发工业和信息化部办公厅关于开展2023年服务型制造示范遴选工作的通知》转发给你们，请积极指导本地区企业申报。'],
        deadline: '2023-04-25',
      }),
    );
    // 服务型制造 is a way of manufacturing: for every manufacturer, not a trade of its own.
    expect(forwarder.industries).toEqual([]);
    expect(forwarder.kinds.map((k) => `${k.kind}/${k.strength}`)).toContain('manufacturer/target');
    expect(explainMatch(forwarder, huizhouMaker, '2023-04-01').suggested).toBe(true);
    expect(explainMatch(forwarder, huizhouSoftware, '2023-04-01').suggested).toBe(false);
  });

  it('a city’s notice that does not say which city is suggested to no client of the province', () => {
    const changzhou = deriveFeatures(
      parsedNotice({
        title: '（无标题）各辖市(区)经信局(经发局)、财政局 现将江苏省…',
        body: ['各辖市(区)经信局(经发局)、财政局 现将江苏省经济和信息化委员会与江苏省财政厅联合下发的《关于做好2018年示范智能车间申报工作的通知》转发给你们，鼓励辖区内企业积极申报。'],
      }),
    );
    expect(changzhou.scope).toMatchObject({ kind: 'regional', places: [], label: '江苏省某市（未写明）' });
    const suzhou: MatchProfile = { name: '苏州某电气有限公司', region: { province: '江苏省', city: '苏州市' }, industry: '电力电子设备制造', size: 'small' };
    expect(texts(explainMatch(changzhou, suzhou, '2018-04-01'))).toEqual(['地方通知，未写明所属地区']);
  });

  it('an opening that announces who was chosen is a list of results, with no title to say so', () => {
    const list = deriveFeatures(
      parsedNotice({
        title: '（无标题）依据《高新技术企业认定管理办法》(国科发火〔20…',
        agencies: ['福建省科学技术厅'],
        body: ['各设区市科技局：', '依据《高新技术企业认定管理办法》的有关规定，现认定漳州某环保科技股份有限公司等1083家企业为福建省2020年第一批高新技术企业。'],
      }),
    );
    expect(list.noAction?.kind).toBe('results');
    // A call that tells what was chosen last year is still a call.
    const call = deriveFeatures(
      parsedNotice({ title: '关于组织申报2021年高新技术企业认定的通知', agencies: ['福建省科学技术厅'], body: ['去年现认定的某公司等1083家企业为高新技术企业，今年继续组织申报。'] }),
    );
    expect(call.noAction).toBeNull();
  });

  it('a notice addressed to government bodies that never speaks of 企业 is theirs alone', () => {
    const filing = deriveFeatures(
      parsedNotice({
        title: '国家能源局综合司关于开展省级“十四五”可再生能源发展规划备案的通知',
        agencies: ['国家能源局综合司'],
        addressees: ['各省(自治区、直辖市)能源局', '有关省(自治区、直辖市)及新疆生产建设兵团发展改革委'],
        body: ['各省(自治区、直辖市)能源局,有关省(自治区、直辖市)及新疆生产建设兵团发展改革委:', '请有关省级能源主管部门于2022年4月28日前将本地区规划报我局备案。'],
        deadline: '2022-04-28',
      }),
    );
    const solar: MatchProfile = { name: '某光伏逆变器有限公司', region: { province: '江苏省' }, industry: '新能源', size: 'small' };
    expect(texts(explainMatch(filing, solar, '2022-04-01'))).toEqual(['仅面向城市/地方政府，不面向企业']);
    // A plan sent to governments to carry out concerns the trades it names: not theirs alone.
    const plan = deriveFeatures(
      parsedNotice({ title: '上海市人民政府办公厅关于印发《上海市推进新型基础设施建设行动方案（2020—2022年）》的通知', agencies: ['上海市人民政府办公厅'], addressees: ['各区人民政府', '市政府各委、办、局'], body: ['各区人民政府，市政府各委、办、局：', '现将行动方案印发给你们，请认真按照执行。'] }),
    );
    expect(explainMatch(plan, { ...solar, region: { province: '上海市' } }, '2020-06-01').excluded).toBe(false);
  });

  it('companies named as what a cluster or platform gathers are not whom it is for; a service firm is a platform', () => {
    const clusters = deriveFeatures(parsedNotice({ title: '关于组织推荐2022年度中小企业特色产业集群的通知', agencies: ['自治区工业和信息化厅'], body: ['请各盟市推荐。'], deadline: '2022-10-20' }));
    const maker: MatchProfile = { name: '包头某材料有限公司', region: { province: '内蒙古自治区', city: '包头市' }, industry: '稀土永磁材料制造', size: 'medium' };
    expect(texts(explainMatch(clusters, maker, '2022-10-01'))).toEqual(['仅面向园区/基地，不面向企业']);
    const platforms = deriveFeatures(parsedNotice({ title: '关于组织开展2020年度轻工行业中小企业公共服务示范平台认定工作的通知', body: ['各相关行业协会、有关平台：'], deadline: '2020-06-15' }));
    const testing: MatchProfile = { name: '晋江某质量技术服务有限公司', region: { province: '福建省' }, industry: '质量品牌咨询与检验检测服务', size: 'small' };
    expect(explainMatch(platforms, maker, '2020-06-01').excluded).toBe(true);
    expect(explainMatch(platforms, testing, '2020-06-01').excluded).toBe(false);
  });

  it('the platform one applies through is the channel, not whom the call is for', () => {
    const pilots = deriveFeatures(
      parsedNotice({
        title: '关于开展2022年度智能制造试点示范行动的通知',
        agencies: ['广东省工业和信息化厅'],
        body: ['各地级以上市工业和信息化主管部门：', '三、申报条件', '（一）申报企业通过智能制造数据资源公共服务平台进行优秀场景和示范工厂线上申报。'],
        deadline: '2022-10-28',
      }),
    );
    expect(pilots.kinds.map((k) => k.kind)).not.toContain('service-org');
    expect(explainMatch(pilots, huizhouMaker, '2022-10-01').suggested).toBe(true);
  });

  it('a programme for an area’s leading firms is for large and medium ones, whatever it says of the rest', () => {
    const leading = deriveFeatures(
      parsedNotice({
        title: '国家知识产权局办公室关于组织申报国家知识产权优势企业和国家知识产权示范企业的通知',
        agencies: ['国家知识产权局办公室'],
        body: ['各省知识产权局，各有关单位：', '优势企业申报主要面向区域内具有一定影响力的骨干企业。', '请于7月31日前通过申报系统报送。'],
        deadline: '2015-07-31',
      }),
    );
    const small: MatchProfile = { name: '某食品有限公司', region: { province: '福建省' }, industry: '食品制造', size: 'small' };
    expect(texts(explainMatch(leading, small, '2015-07-01'))).toEqual(['仅限骨干/龙头企业']);
    expect(explainMatch(leading, { ...small, size: 'large' }, '2015-07-01').suggested).toBe(true);
  });

  it('a national tier is for holders of the provincial one; a qualification among the keywords counts as held', () => {
    const national = deriveFeatures(
      parsedNotice({
        title: '东湖高新区关于转发国家发改委组织报送2016年第23批国家企业技术中心的通知',
        agencies: ['武汉东湖新技术开发区管委会发展改革局'],
        body: ['各园区办、有关单位：', '请符合申报条件的单位于6月10日前报送申请报告。'],
        deadline: '2016-06-10',
      }),
    );
    const wuhan: MatchProfile = { name: '武汉某生物科技有限公司', region: { province: '湖北省', city: '武汉市' }, industry: '体外诊断试剂', size: 'large', foundedYear: 2005 };
    expect(explainMatch(national, wuhan, '2016-06-01').suggested).toBe(false);
    expect(explainMatch(national, { ...wuhan, keywords: ['省级企业技术中心'] }, '2016-06-01').suggested).toBe(true);
  });

  it('a keyword of three characters or more in the title counts most; a two-character one as if in the text', () => {
    const b2b = deriveFeatures(parsedNotice({ title: '关于开展跨境电子商务企业对企业出口监管试点的公告', agencies: ['海关总署'], body: ['为贯彻落实党中央国务院关于加快跨境电商新业态发展的部署要求。'] }));
    const trader: MatchProfile = { name: '某供应链有限公司', region: { province: '重庆市' }, industry: '跨境物流', size: 'micro', keywords: ['跨境电子商务'] };
    const inTitle = explainMatch(b2b, trader, '2020-07-01');
    expect(keywordPoints(inTitle)).toEqual([POINTS.keywordTitle]);
    expect(inTitle.suggested).toBe(true);
    expect(keywordPoints(explainMatch(b2b, { ...trader, keywords: ['出口'] }, '2020-07-01'))).toEqual([POINTS.keyword]);
  });

  it('an age limit is read when the round ran: 实际运营3年以上 in a 2023 call excludes a company of 2022', () => {
    const call = deriveFeatures(
      parsedNotice({ title: '关于征集2023年四川省新经济示范企业的通知', agencies: ['四川省经济和信息化厅'], body: ['二、申报条件', '(一)在四川省内注册登记并实际运营3年以上，具有独立法人资格。'] }),
    );
    expect(call.ageLimit?.minYears).toBe(3);
    const chengdu: MatchProfile = { name: '成都某生物科技有限公司', region: { province: '四川省', city: '成都市' }, industry: '生物医药', size: 'micro', foundedYear: 2022 };
    expect(texts(explainMatch(call, chengdu, '2026-12-01'))).toEqual(['要求成立满3年']);
    expect(explainMatch(call, { ...chengdu, foundedYear: 2019 }, '2026-12-01').excluded).toBe(false);
  });

  it('a review of holders names them in its opening: a 高企 of the district is asked, another company not', () => {
    const survey = deriveFeatures(
      parsedNotice({
        title: '关于开展2020年度火炬统计调查工作的通知',
        agencies: ['宁波市鄞州区科学技术局'],
        body: ['各镇(街道)科委、相关企业：', '请2018—2020年认定的高新技术企业于3月底前完成填报。'],
      }),
    );
    const yinzhou: MatchProfile = { name: '宁波某车灯科技有限公司', region: { province: '浙江省', city: '宁波市', district: '鄞州区' }, industry: '汽车零部件制造', size: 'medium' };
    expect(explainMatch(survey, { ...yinzhou, qualifications: ['高新技术企业'] }, '2021-03-01').suggested).toBe(true);
    expect(explainMatch(survey, yinzhou, '2021-03-01').suggested).toBe(false);
  });

  it('a district’s policy titled as support for its companies is open to every company of the district', () => {
    const policy = deriveFeatures(
      parsedNotice({
        title: '关于印发《关于支持企业高质量发展若干政策措施实施细则》的通知',
        agencies: ['重庆市九龙坡区发展和改革委员会'],
        body: ['各镇人民政府、街道办事处，区政府各部门，有关单位：', '现印发给你们，请认真抓好落实。'],
      }),
    );
    expect(policy.openCall).toBe(true);
    const here: MatchProfile = { name: '重庆某供应链有限公司', region: { province: '重庆市', district: '九龙坡区' }, industry: '跨境物流', size: 'micro' };
    expect(explainMatch(policy, here, '2024-06-01').suggested).toBe(true);
    expect(explainMatch(policy, { ...here, region: { province: '重庆市', district: '江北区' } }, '2024-06-01').excluded).toBe(true);
  });

  it('figures an applicant must reach are read from whom it is for, not from a plan’s targets, and left to check', () => {
    const call = deriveFeatures(
      parsedNotice({
        title: '关于组织申报2022年区级专精特新中小企业的通知',
        agencies: ['重庆市綦江区经济和信息化委员会'],
        body: [
          '二、申报条件',
          '2.企业上年度营业收入总额在2000万元及以上，研发投入占营业收入的比重达到2%及以上。',
          '3.从业人员不少于20人，或上年度营业收入未达500万元但获得省级科技奖励。',
          '到2025年，力争全区规上工业企业营业收入达到800亿元以上。',
        ],
      }),
    );
    expect(call.thresholds.map((t) => `${t.measure}≥${t.atLeast}${t.unit}`)).toEqual(['rd-share≥2%', 'revenue≥2000万元', 'employees≥20人']);
    const here: MatchProfile = { name: '綦江某机械有限公司', region: { province: '重庆市', district: '綦江区' }, industry: '机械加工', size: 'small' };
    expect(texts(explainMatch(call, here, '2022-06-01'))).toEqual(
      expect.arrayContaining(['待核实：要求研发费用占营业收入比例不低于2%', '待核实：要求营业收入不低于2000万元', '待核实：要求从业人员不低于20人']),
    );
    const big = deriveFeatures(parsedNotice({ title: '关于评选2023年度20强企业的通知', body: ['申报条件：2023年度企业年营业收入2亿元以上。'] }));
    expect(big.thresholds).toMatchObject([{ measure: 'revenue', atLeast: 20_000 }]);
    expect(codeWords.matchReason({ kind: 'check', what: 'threshold', measure: 'revenue', atLeast: 20_000, unit: '万元' })).toBe('待核实：要求营业收入不低于2亿元');
  });

  it('a qualification the conditions ask for and the profile does not list is left to check', () => {
    const call = deriveFeatures(
      parsedNotice({ title: '关于组织申报2024年研发费用补助的通知', agencies: ['苏州市科学技术局'], body: ['一、申报条件', '（一）申报企业须为有效期内的高新技术企业。'], deadline: '2024-06-30' }),
    );
    const suzhou: MatchProfile = { name: '苏州某电气有限公司', region: { province: '江苏省', city: '苏州市' }, industry: '电力电子设备制造', size: 'small' };
    const lacking = explainMatch(call, suzhou, '2024-06-01');
    expect(lacking.suggested).toBe(false);
    expect(texts(lacking)).toContain('待核实：申报条件要求高新技术企业（客户资质未列）');
    expect(texts(explainMatch(call, { ...suzhou, qualifications: ['高新技术企业'] }, '2024-06-01')).some((t) => t.includes('客户资质未列'))).toBe(false);
  });

  it('a notice for people applying for themselves, or for hospitals and schools, is not a company’s; one for companies that hire them is', () => {
    const maker: MatchProfile = { name: '某机械有限公司', region: { province: '江苏省', city: '苏州市' }, industry: '机械加工', size: 'small' };
    const titles = deriveFeatures(parsedNotice({ title: '关于做好2024年度工程系列专业技术人员职称评审工作的通知', agencies: ['苏州市人力资源和社会保障局'], body: ['请申报人于6月30日前提交材料。'] }));
    expect(texts(explainMatch(titles, maker, '2024-06-01'))).toEqual(['仅面向个人，不面向企业']);
    const hospitals = deriveFeatures(parsedNotice({ title: '关于申报2024年公立医院高质量发展项目的通知', agencies: ['苏州市卫生健康委员会'], body: ['请各医院于6月30日前申报。'] }));
    expect(texts(explainMatch(hospitals, maker, '2024-06-01'))).toEqual(['仅面向医院/学校/事业单位，不面向企业']);
    const hiring = deriveFeatures(parsedNotice({ title: '关于企业吸纳高校毕业生就业补贴申领的通知', agencies: ['苏州市人力资源和社会保障局'], body: ['符合条件的企业可申领补贴。'] }));
    expect(explainMatch(hiring, maker, '2024-06-01').excluded).toBe(false);
  });

  it('a city’s or district’s notice read by its level alone, with no city in the copy, is suggested to nobody', () => {
    const ours = deriveFeatures(
      parsedNotice({ title: '关于做好2022年制造业品牌培育试点工作的通知', addressees: ['各县市区工信部门', '各有关企业'], body: ['各县市区工信部门，各有关企业：', '申报对象为我市规模以上工业企业。', '湖南省工业和信息化厅有关要求见附件。'] }),
    );
    expect(ours.scope).toMatchObject({ kind: 'regional', places: [] });
    const changsha: MatchProfile = { name: '长沙某液压股份有限公司', region: { province: '湖南省', city: '长沙市' }, industry: '通用设备制造', size: 'large', qualifications: ['规上企业'] };
    expect(texts(explainMatch(ours, changsha, '2022-09-01'))).toEqual(['地方通知，未写明所属地区']);
  });

  it('a district’s name shared by several cities is read within the notice’s province (鼓楼区 of 福州)', () => {
    const gulou = deriveFeatures(
      parsedNotice({ title: '（无标题）现将《福州市工业和信息化局关于做好省企业技术中心申报工作的通知》转发给你们', agencies: ['鼓楼区工业和信息化局'], body: ['十街镇、两园区：', '现将《福州市工业和信息化局关于做好省企业技术中心申报工作的通知》转发给你们，请组织企业申报。'] }),
    );
    expect(gulou.scope).toMatchObject({ kind: 'regional', places: [{ province: '福建', city: '福州', district: '鼓楼区' }] });
    const lianjiang: MatchProfile = { name: '连江某食品有限公司', region: { province: '福建省', city: '福州市', district: '连江县' }, industry: '食品制造', size: 'micro' };
    expect(explainMatch(gulou, lianjiang, '2021-03-01').excluded).toBe(true);
  });

  it('results announced for comment in the opening (现将拟补助企业予以公示) ask nothing', () => {
    const list = deriveFeatures(parsedNotice({ title: '中国产业竞争情报网', agencies: ['黑龙江省工业和信息化厅'], body: ['现将2020年拟给予标准体系建设补助的企业名单予以公示，公示期5个工作日。'] }));
    expect(list.noAction?.kind).toBe('results');
  });

  it('single champions are their own qualification, and 电子商务 is no software trade', () => {
    const champions = deriveFeatures(parsedNotice({ title: '关于组织推荐第八批制造业单项冠军企业的通知', agencies: ['河南省工业和信息化厅'], body: ['各省辖市工业和信息化主管部门：', '请组织企业申报。'] }));
    expect(champions.kinds.map((k) => k.kind)).toContain('champion');
    expect(champions.kinds.map((k) => k.kind)).not.toContain('specialised');
    const b2b = deriveFeatures(parsedNotice({ title: '关于开展跨境电子商务企业对企业出口监管试点的公告', agencies: ['海关总署'] }));
    expect(b2b.industries.map((i) => i.industry)).not.toContain('software');
  });

  it('a national call for manufacturers reaches manufacturers of standing, not a micro workshop', () => {
    const call = deriveFeatures(
      parsedNotice({ title: '工业和信息化部办公厅关于开展2023年服务型制造示范遴选工作的通知', agencies: ['工业和信息化部办公厅'], body: ['各省工业和信息化主管部门：', '请组织本地区制造业企业申报示范企业。'], deadline: '2023-05-10' }),
    );
    const maker: MatchProfile = { name: '长沙某液压股份有限公司', region: { province: '湖南省', city: '长沙市' }, industry: '通用设备制造', size: 'large' };
    expect(explainMatch(call, maker, '2023-04-01').suggested).toBe(true);
    expect(explainMatch(call, { ...maker, size: 'micro' }, '2023-04-01').suggested).toBe(false);
    expect(explainMatch(call, { ...maker, industry: '软件和信息技术服务' }, '2023-04-01').suggested).toBe(false);
  });

  it('departments told to organise applicants pass a call down: it is not theirs alone', () => {
    const forward = deriveFeatures(
      parsedNotice({
        title: '（无标题）现将省工信厅《关于组织开展2022年国家服务型制造申报推荐工作的通知》转发给你们',
        agencies: ['哈尔滨市工业和信息化局'],
        addressees: ['各区、县(市)工信部门'],
        body: ['各区、县(市)工信部门：', '现将省工信厅《关于组织开展2022年国家服务型制造申报推荐工作的通知》转发给你们，请组织符合条件的主体申报。'],
        deadline: '2022-05-15',
      }),
    );
    expect(forward.kinds.map((k) => k.kind)).not.toContain('local-government');
    const harbin: MatchProfile = { name: '哈尔滨某生物科技股份有限公司', region: { province: '黑龙江省', city: '哈尔滨市' }, industry: '体外诊断试剂生产', size: 'medium' };
    expect(explainMatch(forward, harbin, '2022-05-01').suggested).toBe(true);
  });

  it('a 主送 line run into the first paragraph still says the notice is local', () => {
    const county = deriveFeatures(
      parsedNotice({ title: '（无标题）根据《自治区工信厅关于组织申报2024年自治区认定企业技术中心的通知》', body: ['各县（市、区）、开发区经信（发）局，各有关企业：根据有关文件精神，现就组织开展2024年自治区认定企业技术中心申报工作通知如下。'] }),
    );
    expect(county.scope.kind).toBe('regional');
  });

  it('a national 试点示范 attached with only its head is still a call for the manufacturers its title names', () => {
    const head = deriveFeatures(
      parsedNotice({ title: '关于开展2021年度智能制造试点示范行动的通知', addressees: ['各省、自治区、直辖市工业和信息化主管部门'], body: ['各省、自治区、直辖市工业和信息化主管部门：', '为加快推进制造业数字化转型，现开展2021年度行动。'] }),
    );
    expect(head.application.asks).toBe(true);
    expect(head.openCall).toBe(true);
    expect(head.kinds.map((k) => k.kind)).not.toContain('local-government');
  });

  it('a keyword of four characters or more whose characters stand in the title a few words apart counts as in the title', () => {
    const rule = deriveFeatures(parsedNotice({ title: '国家税务总局关于增值税电子普通发票使用有关事项的公告', agencies: ['国家税务总局'], body: ['为进一步规范增值税电子普通发票的使用。'] }));
    const platform: MatchProfile = { name: '郑州某信息技术有限公司', region: { province: '河南省', city: '郑州市' }, industry: '软件和信息技术服务', size: 'small', keywords: ['增值税发票'] };
    const result = explainMatch(rule, platform, '2018-08-01');
    expect(keywordPoints(result)).toEqual([POINTS.keywordTitle]);
    expect(result.suggested).toBe(true);
    expect(result.excluded ? null : result.reasons.find((r) => r.kind === 'keyword')?.evidence?.place).toBe('title');
    // Too far apart, or too short a keyword: not a hit.
    expect(keywordPoints(explainMatch(rule, { ...platform, keywords: ['增值税公告'] }, '2018-08-01'))).toEqual([]);
    expect(keywordPoints(explainMatch(rule, { ...platform, keywords: ['电子发票'] }, '2018-08-01'))).toEqual([POINTS.keywordTitle]);
  });

  it('a notice for foreign-invested or state-owned companies asks who the company is, whatever its title grants', () => {
    const foreign = deriveFeatures(
      parsedNotice({
        title: '（无标题）根据《厦门市人民政府关于印发厦门市促进外资增长若干措施的通知》',
        agencies: ['厦门火炬高技术产业开发区管理委员会'],
        body: ['各有关企业：根据《厦门市人民政府关于印发厦门市促进外资增长若干措施的通知》，现组织企业申报奖励。'],
        deadline: '2022-07-01',
      }),
    );
    const xiamen: MatchProfile = { name: '厦门某食品有限公司', region: { province: '福建省', city: '厦门市' }, industry: '食品制造', size: 'small' };
    const lacking = explainMatch(foreign, xiamen, '2022-06-01');
    expect(lacking.suggested).toBe(false);
    expect(texts(lacking)).toContain('待核实：申报条件要求外资企业（客户资质未列）');
    expect(explainMatch(foreign, { ...xiamen, qualifications: ['外商投资企业'] }, '2022-06-01').suggested).toBe(true);
  });

  it('a copy opening with its 主送 line run into 根据《…的通知》 is about that notice', () => {
    const survey = deriveFeatures(
      parsedNotice({
        title: '（无标题）各镇(街道)科委、工业园区工业科技科,相关企业:根据…',
        agencies: ['宁波市鄞州区科学技术局'],
        body: ['各镇(街道)科委、工业园区工业科技科,相关企业:根据《科技部火炬中心关于开展2020年度火炬统计调查工作的通知》的要求,请2018—2020年认定的高新技术企业完成填报。'],
      }),
    );
    expect(survey.reviewsHolders).toBe(true);
    expect(survey.kinds.find((k) => k.kind === 'high-tech')?.strength).toBe('target');
  });
});
