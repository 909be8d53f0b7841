// Who a notice is for, read as eligibility: where (a local notice that names its place only
// by level, a 转发's attachment, a district's own notice), whether there is anything to
// apply for (a 公示 of results, a repeal), and a call open to every industry of the
// client's area (or national, for the client's size), unless its conditions ask for a
// qualification the client lacks or it is a service bodies' call.
import { describe, expect, it } from 'vitest';
import { codeWords } from '../../../renderer/platform/i18n/codes.ts';
import { explainMatch, type MatchResult } from '../../../shared/match/score-pair.ts';
import { deriveFeatures } from '../../../shared/match/notice-features.ts';
import type { MatchProfile } from '../../../shared/match/profile.ts';
import { parseDocument } from '../../../shared/parse/index.ts';
import { parsedNotice } from '../../support/parsed-notice.ts';

const texts = (result: MatchResult): string[] => (result.excluded ? [result.reason] : result.reasons).map((r) => codeWords.matchReason(r));
const label = (scope: ReturnType<typeof deriveFeatures>['scope']): string => (scope.kind === 'national' ? '全国' : scope.label);

const suzhou: MatchProfile = { name: '苏州某电气有限公司', region: { province: '江苏省', city: '苏州市', district: '相城区' }, industry: '电力电子设备制造', size: 'small', foundedYear: 2016 };
const baotou: MatchProfile = { name: '包头某材料有限公司', region: { province: '内蒙古自治区', city: '包头市', district: '昆都仑区' }, industry: '稀土永磁材料', size: 'medium', qualifications: ['高新技术企业'], foundedYear: 2011 };

describe('where a notice applies', () => {
  it('a notice naming its place only by level is local: its place from the text, else from its gov.cn address, else none', () => {
    const byText = deriveFeatures(
      parsedNotice({ title: '关于组织申报省级工业和信息化发展专项资金的通知', agencies: ['省工业和信息化厅'], body: ['各市（州）工业和信息化主管部门：', '请长春市、吉林市等地于5月前报送。', '联系地址：吉林省长春市人民大街。'] }),
    );
    expect(label(byText.scope)).toBe('吉林省');
    const byUrl = deriveFeatures(parsedNotice({ title: '关于开展企业技术中心申报的通知', agencies: ['省工业和信息化厅'], url: 'https://gxt.jl.gov.cn/xxgk/1.html', body: ['各有关企业：'] }));
    expect(label(byUrl.scope)).toBe('吉林省');
    const byLeague = deriveFeatures(parsedNotice({ title: '（无标题）根据《优质中小企业梯度培育管理暂行办法》', body: ['各盟市工业和信息化局：', '请于4月10日前完成审核。'] }));
    expect(label(byLeague.scope)).toBe('内蒙古自治区');
    const unknown = deriveFeatures(parsedNotice({ title: '关于开展企业技术中心申报的通知', agencies: ['市工业和信息化局'], body: ['各区工业和信息化主管部门：'] }));
    expect(unknown.scope).toMatchObject({ kind: 'regional', places: [] });
    // Suggested to nobody rather than to every client of the country.
    expect(texts(explainMatch(unknown, suzhou, '2024-01-01'))).toEqual(['地方通知，未写明所属地区']);
  });

  it('a ministry’s notice stays national, whatever its body says of 本市', () => {
    const ministry = deriveFeatures(parsedNotice({ title: '关于开展智能制造试点示范行动的通知', agencies: ['工业和信息化部办公厅'], body: ['全市各有关企业可参照执行。'] }));
    expect(ministry.scope.kind).toBe('national');
  });

  it('a national notice forwarded by a province stays national, and is that province’s own for its companies', () => {
    const text = [
      '四川省经济和信息化委员会关于转发《关于组织开展2018年制造业“双创”平台试点示范项目申报工作的通知》的通知',
      '各市（州）经济和信息化委：',
      '现将工业和信息化部办公厅《关于组织开展2018年制造业“双创”平台试点示范项目申报工作的通知》转发给你们，请于6月10日前报送。',
      '四川省经济和信息化委员会',
      '2018年5月20日',
      '工业和信息化部办公厅关于组织开展2018年制造业“双创”平台试点示范项目申报工作的通知',
      '工信厅信软函〔2018〕150号',
      '各省、自治区、直辖市工业和信息化主管部门：',
      '为推动制造业与互联网融合发展，现组织开展2018年制造业“双创”平台试点示范项目申报工作。',
      '工业和信息化部办公厅',
      '2018年5月8日',
    ].join('\n');
    const parsed = parseDocument(text);
    expect(parsed.notices).toHaveLength(2);
    const attached = parsed.notices[1];
    if (!attached) throw new Error('no attached notice');
    expect(attached.forwardedBy?.agencies).toEqual(['四川省经济和信息化委员会']);
    // Still national (its programme is every province's), routed through the forwarder for Sichuan's companies.
    const features = deriveFeatures(attached);
    expect(label(features.scope)).toBe('全国');
    expect(features.route && label(features.route)).toBe('四川省');
    expect(deriveFeatures({ ...attached, forwardedBy: undefined }).route).toBeNull();
    const chengdu: MatchProfile = { name: '成都某软件有限公司', region: { province: '四川省', city: '成都市' }, industry: '软件', size: 'small' };
    const elsewhere: MatchProfile = { ...chengdu, name: '西安某软件有限公司', region: { province: '陕西省', city: '西安市' } };
    expect(texts(explainMatch(features, chengdu, '2018-05-25'))[0]).toBe('地区：四川省');
    expect(texts(explainMatch(features, elsewhere, '2018-05-25'))[0]).toBe('地区：全国');
  });

  it('a notice addressed to a city’s districts is that city’s, though its opening names the province', () => {
    const forward = deriveFeatures(
      parsedNotice({ title: '（无标题）各辖市(区)经信局、财政局 现将江苏省工业和信息化厅《关于组织申报智能车间的通知》转发给你们', body: ['请于5月前报常州市工业和信息化局。', '联系人：常州市工信局技术改造处。'] }),
    );
    expect(label(forward.scope)).toBe('常州市');
    expect(texts(explainMatch(forward, suzhou, '2018-04-01'))).toEqual(['仅限常州市企业']);
  });

  it('a district’s own notice is for that district; one naming several districts is for its city', () => {
    const county = deriveFeatures(parsedNotice({ title: '关于印发《丰都县科研项目管理办法（试行）》的通知', agencies: ['丰都县科学技术局'], body: ['对企业研发项目给予补助。'] }));
    expect(label(county.scope)).toBe('重庆市丰都县');
    const jiulongpo: MatchProfile = { name: '九龙坡某物流公司', region: { province: '重庆市', city: '重庆市', district: '九龙坡区' } };
    expect(texts(explainMatch(county, jiulongpo, '2024-06-01'))).toEqual(['仅限重庆市丰都县企业']);
    const three = deriveFeatures(parsedNotice({ title: '关于延长高新技术企业申报时间的通知', agencies: ['苏州市科学技术局'], addressees: ['吴中区、相城区、姑苏区科技局'], body: ['各有关企业：', '截止时间延至8月31日。'] }));
    expect(label(three.scope)).toBe('苏州市');
  });
});

describe('what the client must still check', () => {
  it('a size or founding age the notice sets and the profile does not answer is 待核实, after the reasons', () => {
    const small = deriveFeatures(
      parsedNotice({ title: '关于组织申报小微企业创新奖补资金的通知', agencies: ['苏州市工业和信息化局'], deadline: '2024-06-30', body: ['一、申报条件', '（一）在本市注册的小微企业，成立满3年。', '对符合条件的企业给予奖补资金。'] }),
    );
    const unknown: MatchProfile = { name: '苏州某公司', region: { province: '江苏省', city: '苏州市' } };
    const reasons = texts(explainMatch(small, unknown, '2024-06-01'));
    expect(reasons.slice(-2)).toEqual(['待核实：仅限小微企业（客户未填规模）', '待核实：要求成立满3年（客户未填成立年份）']);
    // A profile that answers them has nothing to check.
    expect(texts(explainMatch(small, { ...unknown, size: 'small', foundedYear: 2010 }, '2024-06-01')).some((t) => t.startsWith('待核实'))).toBe(false);
  });
});

describe('what there is to do', () => {
  it('a 公示 of results or a repeal asks nothing: excluded with why', () => {
    const list = deriveFeatures(parsedNotice({ title: '关于认定第八批省级企业技术中心的通知', agencies: ['陕西省工业和信息化厅'] }));
    expect(texts(explainMatch(list, { name: '西安某公司', region: { province: '陕西省' } }, '2013-01-01'))).toEqual(['结果公示或名单，无需申报']);
    const repeal = deriveFeatures(parsedNotice({ title: '上海市人民政府关于废止《上海市一次性塑料饭盒管理暂行办法》的决定', agencies: ['上海市人民政府'] }));
    expect(texts(explainMatch(repeal, { name: '上海某公司', region: { province: '上海市' } }, '2014-01-01'))).toEqual(['废止决定，无需办理']);
    // A call that mentions a 公示 step is still a call.
    const call = deriveFeatures(parsedNotice({ title: '关于2021年北京市“专精特新”中小企业申报评审公示有关事项的通知', agencies: ['北京市经济和信息化局'], deadline: '2021-12-31', body: ['符合条件的中小企业可申报。'] }));
    expect(call.noAction).toBeNull();
  });

  it('a call still open ranks ahead of the same call whose round has passed', () => {
    const call = (deadline: string) =>
      deriveFeatures(parsedNotice({ title: '关于组织申报专精特新中小企业的通知', agencies: ['苏州市工业和信息化局'], deadline, body: ['一、申报条件', '（一）在本市注册的中小企业。', '请企业在线申报。'] }));
    const open = explainMatch(call('2024-06-30'), suzhou, '2024-06-01');
    const past = explainMatch(call('2024-03-31'), suzhou, '2024-06-01');
    expect(open.suggested && past.suggested).toBe(true);
    expect(open.score - past.score).toBeGreaterThanOrEqual(20);
  });

  it('a passed round that comes back is last round’s, to prepare the next; a one-off is 已截止', () => {
    const yearly = deriveFeatures(parsedNotice({ title: '关于组织推荐第六批湖南省制造业单项冠军企业的通知', agencies: ['湖南省工业和信息化厅'], deadline: '2025-10-28', body: ['各市州工业和信息化局：', '请推荐制造业企业。'] }));
    const hunan: MatchProfile = { name: '株洲某合金公司', region: { province: '湖南省', city: '株洲市' }, industry: '硬质合金制造', size: 'large', foundedYear: 1998 };
    expect(texts(explainMatch(yearly, hunan, '2026-01-05'))).toContain('往年批次（2025-10-28 截止），可为下一批准备');
    const once = deriveFeatures(parsedNotice({ title: '关于征集智能制造解决方案的通知', agencies: ['湖南省工业和信息化厅'], deadline: '2025-10-28', body: ['请企业申报。'] }));
    expect(texts(explainMatch(once, hunan, '2026-01-05'))).toContain('已截止（2025-10-28）');
  });

  it('a call that closed before the client was founded is not for it', () => {
    const old = deriveFeatures(parsedNotice({ title: '关于开展首批“重庆好设计”产品征集工作的通知', agencies: ['重庆市经济和信息化委员会'], deadline: '2021-07-30', body: ['各有关企业：'] }));
    expect(texts(explainMatch(old, { name: '新公司', region: { province: '重庆市' }, foundedYear: 2022 }, '2024-01-01'))).toEqual(['申报已于客户成立前截止（2021-07-30）']);
  });
});

describe('a call open to every industry', () => {
  const xiangcheng = deriveFeatures(
    parsedNotice({ title: '关于兑现2021年度相城区商务发展专项资金的通知', agencies: ['苏州市相城区商务局'], deadline: '2022-10-28', body: ['符合条件的企业于10月28日前在平台申报。', '对外贸企业给予资金扶持。'] }),
  );

  it('is suggested to an enterprise of its area, with the reason, and to none elsewhere', () => {
    const result = explainMatch(xiangcheng, suzhou, '2022-10-01');
    expect(result.suggested).toBe(true);
    expect(texts(result)).toContain('面向本地企业，不限行业');
    expect(texts(explainMatch(xiangcheng, { ...suzhou, region: { province: '江苏省', city: '苏州市', district: '吴中区' } }, '2022-10-01'))).toEqual(['仅限苏州市相城区企业']);
  });

  it('is not open to a client lacking the qualification its conditions ask for', () => {
    const review = deriveFeatures(
      parsedNotice({
        title: '关于开展2022年度省级企业技术中心评价工作的通知',
        agencies: ['包头市工业和信息化局'],
        deadline: '2022-05-09',
        body: ['一、申报条件', '（一）已认定的省级企业技术中心。', '请各企业于5月9日前报送。'],
      }),
    );
    expect(explainMatch(review, baotou, '2022-05-01').suggested).toBe(false);
    expect(explainMatch(review, { ...baotou, qualifications: ['企业技术中心'] }, '2022-05-01').suggested).toBe(true);
  });

  it('is not every company’s when its conditions name service bodies, or when it is a trade’s', () => {
    const platforms = deriveFeatures(
      parsedNotice({ title: '关于征集中小企业公共服务体系建设项目的通知', agencies: ['苏州市工业和信息化局'], deadline: '2022-10-28', body: ['一、申报条件', '（一）中小企业公共服务平台。', '服务中小企业。'] }),
    );
    expect(explainMatch(platforms, suzhou, '2022-10-01').suggested).toBe(false);
  });

  it('is not every company’s when it is for clusters, and not only for organisations when it speaks of companies too', () => {
    const clusters = deriveFeatures(
      parsedNotice({ title: '关于组织推荐2024年度江苏省中小企业特色产业集群的通知', agencies: ['江苏省工业和信息化厅'], deadline: '2024-06-30', body: ['一、申报条件', '（一）集群主导产业特色鲜明。', '请各设区市推荐产业集群。'] }),
    );
    expect(explainMatch(clusters, suzhou, '2024-06-01').suggested).toBe(false);
    const pilots = deriveFeatures(
      parsedNotice({
        title: '关于开展智能制造试点示范行动的通知',
        agencies: ['江苏省工业和信息化厅'],
        deadline: '2021-11-18',
        body: ['一、申报条件', '（一）智能制造系统解决方案供应商。', '遴选一批智能制造示范工厂，申报主体为制造业企业。'],
      }),
    );
    expect(explainMatch(pilots, suzhou, '2021-11-01').excluded).toBe(false);
  });

  it('national: suggested when it is for the client’s size, not otherwise', () => {
    const relief = deriveFeatures(
      parsedNotice({
        title: '国务院办公厅关于进一步加大对中小企业纾困帮扶力度的通知',
        agencies: ['国务院办公厅'],
        body: ['一、加大纾困资金支持力度。', '对中小企业给予资金补助和税费减免。'],
      }),
    );
    expect(texts(explainMatch(relief, suzhou, '2021-12-01'))).toContain('面向全国同规模企业，不限行业');
    expect(explainMatch(relief, suzhou, '2021-12-01').suggested).toBe(true);
    expect(explainMatch(relief, { ...suzhou, size: 'large' }, '2021-12-01').suggested).toBe(false);
  });

  it('the issuer opening a title is who speaks, not whom it is for; a platform’s notice is a platform client’s', () => {
    const plan = deriveFeatures(parsedNotice({ title: '上海市人民政府关于印发《上海市推进新型基础设施建设行动方案》的通知', agencies: ['上海市人民政府'], body: ['支持企业建设5G基站。'] }));
    const shanghai: MatchProfile = { name: '上海某通信公司', region: { province: '上海市', city: '上海市', district: '松江区' }, industry: '通信设备制造', size: 'large' };
    expect(explainMatch(plan, shanghai, '2020-06-01').excluded).toBe(false);
    const check = deriveFeatures(
      parsedNotice({ title: '关于组织开展国家中小企业公共服务示范平台运营情况检查的通知', agencies: ['湖北省经济和信息化厅'], deadline: '2021-06-30', body: ['请各示范平台于6月30日前报送。'] }),
    );
    const platform: MatchProfile = { name: '武汉某云服务公司', region: { province: '湖北省', city: '武汉市' }, industry: '软件和信息技术服务', qualifications: ['国家中小企业公共服务示范平台'], size: 'medium' };
    expect(explainMatch(check, platform, '2021-06-01').suggested).toBe(true);
    expect(explainMatch(check, { ...platform, qualifications: [] }, '2021-06-01').suggested).toBe(false);
  });

  it('a department’s name is not its trade: 工业和信息化部 gives no software hit', () => {
    const features = deriveFeatures(parsedNotice({ title: '工业和信息化部办公厅关于开展服务型制造示范遴选的通知', agencies: ['工业和信息化部办公厅'], body: ['各省、自治区、直辖市工业和信息化主管部门：'] }));
    expect(features.industries.map((i) => i.industry)).not.toContain('software');
  });
});

describe('business keywords', () => {
  it('are found as the thesaurus also writes them (技术改造 / 技改), with the sentence, but not by a two-character form', () => {
    const upgrade = deriveFeatures(parsedNotice({ title: '关于组织申报2024年工业技改项目的通知', agencies: ['苏州市工业和信息化局'], deadline: '2024-06-30', body: ['请企业申报。'] }));
    const result = explainMatch(upgrade, { ...suzhou, keywords: ['技术改造'] }, '2024-06-01');
    const keyword = result.excluded ? undefined : result.reasons.find((r) => r.kind === 'keyword');
    expect(keyword && codeWords.matchReason(keyword)).toBe('关键词：技术改造');
    expect(keyword?.evidence?.text).toContain('工业技改');
    const brand = deriveFeatures(parsedNotice({ title: '关于开展品牌宣传周活动的通知', agencies: ['苏州市工业和信息化局'], body: ['请企业参加。'] }));
    const branded = explainMatch(brand, { ...suzhou, keywords: ['品牌培育'] }, '2024-06-01');
    expect(!branded.excluded && branded.reasons.some((r) => r.kind === 'keyword')).toBe(false);
  });
});
