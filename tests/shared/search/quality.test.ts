// Search quality over the three real bulletins: each query names the notice a
// consultant means (by a fragment of its title); it must be among the first three
// results for at least 95% of the queries, and the table printed shows every kind.
import { describe, expect, it } from 'vitest';
import { bulletinDocs, bulletinIndex } from '../../support/bulletin-docs.ts';

type Kind =
  | 'title'
  | 'body'
  | 'multi-term'
  | '文号'
  | 'agency'
  | 'category'
  | 'client'
  | 'typo'
  | 'traditional'
  | 'full-width'
  | 'punctuation'
  | 'pinyin'
  | 'initials';

/** [kind, query, a fragment of the wanted notice's title] */
const QUERIES: [Kind, string, string][] = [
  ['title', '电子营业执照', '电子营业执照管理办法'],
  ['title', '僵尸企业', '僵尸企业'],
  ['title', '工业互联网发展行动计划', '北京工业互联网'],
  ['title', '晋兴板', '晋兴板'],
  ['title', '清洁能源消纳', '清洁能源消纳'],
  ['title', '长江经济带', '长江经济带'],
  ['title', '绿色制造标准体系', '绿色制造标准体系'],
  ['title', '上规升级', '上规升级'],
  ['title', '节能专项资金', '节能专项资金'],
  ['title', '绿色工厂评价', '淮北市绿色工厂'],
  ['title', '人工智能开放创新平台', '人工智能开放创新平台'],
  ['title', '企业技术中心年度评价', '企业技术中心'],
  ['body', '危险化学品搬迁', '长江经济带'],
  ['body', '市场主体身份验证系统', '电子营业执照'],
  ['body', '知识产权质押融资', '知识产权服务民营企业'],
  ['body', '恶意逃废债', '僵尸企业'],
  ['body', '环境标志产品政府采购清单', '绿色政府采购'],
  ['body', '两化融合管理体系贯标', '贯标100'],
  ['body', '建立小微工业企业基础信息库', '上规升级'],
  ['body', '亩均论英雄', '重点领域提升发展'],
  ['body', '智慧节能重点工程', '节能专项资金'],
  ['body', '环评登记表备案制', '生态环境监管服务'],
  ['body', '总集成总承包服务', '服务型制造示范企业'],
  ['body', '深圳市科技业务管理系统', '企业研究开发资助'],
  ['multi-term', '北京 绿色 采购', '绿色政府采购'],
  ['multi-term', '浙江 2019 重点领域', '重点领域提升发展'],
  ['multi-term', '深圳 资助 指南', '企业研究开发资助'],
  ['multi-term', '重庆 示范名单', '第二批绿色制造体系示范名单'],
  ['multi-term', '山东 节能 资金', '节能专项资金'],
  ['multi-term', '宁夏 绿色发展 行动方案', '宁夏回族自治区工业绿色发展'],
  ['multi-term', '山西 人工智能', '人工智能开放创新平台'],
  ['文号', '工信部联节〔2016〕304号', '绿色制造标准体系'],
  ['文号', '工信部联节[2016]304号', '绿色制造标准体系'],
  ['文号', '工信部联节2016 304', '绿色制造标准体系'],
  ['文号', '304号', '绿色制造标准体系'],
  ['文号', '发改财金[2018]1756号', '僵尸企业'],
  ['文号', '京财采购2018 2593', '绿色政府采购'],
  ['文号', '国市监注〔2018〕249号', '电子营业执照'],
  ['文号', '晋政办发（2018）89号', '上规升级'],
  ['文号', '鲁工信产 146号', '服务型制造示范企业'],
  ['文号', '工信厅消费函2019 191', '三品'],
  ['agency', '国家知识产权局', '知识产权服务民营企业'],
  ['agency', '深圳市科技创新委员会', '企业研究开发资助'],
  ['agency', '国家能源局', '清洁能源消纳'],
  ['agency', '山西省地方金融监督管理局', '晋兴板'],
  ['agency', '国家标准化管理委员会', '绿色制造标准体系'],
  ['agency', '山东省工业和信息化厅', '服务型制造示范企业'],
  ['agency', '北京市生态环境局', '绿色政府采购'],
  ['category', '中小服务平台', '中小企业发展资金服务体系'],
  ['client', '绿源环保', '绿色政府采购'],
  ['client', '小巨人', '上规升级'],
  ['client', '晋城智造', '上规升级'],
  ['client', '专精特新 采购', '绿色政府采购'],
  ['typo', '电子营业执招', '电子营业执照'],
  ['typo', '绿色制造标准休系', '绿色制造标准体系'],
  ['typo', '清洁能源消钠', '清洁能源消纳'],
  ['typo', '长江经济代', '长江经济带'],
  ['typo', '国家知识产劝局', '知识产权服务民营企业'],
  ['typo', '企业研开发资助', '企业研究开发资助'],
  ['typo', '服务型造示范企业', '服务型制造示范企业'],
  ['typo', '人工智能开放创平台', '人工智能开放创新平台'],
  ['typo', '危险化学品般迁', '长江经济带'],
  ['traditional', '綠色製造標準體系', '绿色制造标准体系'],
  ['traditional', '電子營業執照', '电子营业执照'],
  ['traditional', '國家知識產權局', '知识产权服务民营企业'],
  ['traditional', '長江經濟帶', '长江经济带'],
  ['traditional', '僵屍企業', '僵尸企业'],
  ['traditional', '節能專項資金', '节能专项资金'],
  ['traditional', '發改財金〔2018〕1756號', '僵尸企业'],
  ['full-width', '２０１９年度节能专项资金', '节能专项资金'],
  ['full-width', '工信部联节〔２０１６〕３０４号', '绿色制造标准体系'],
  ['full-width', '“贯标１００”', '贯标100'],
  ['full-width', 'ＥＲＰ 供应链管理', '服务型制造示范企业'],
  ['punctuation', '电子营业执照管理办法(试行)', '电子营业执照管理办法'],
  ['punctuation', '"僵尸企业"及去产能', '僵尸企业'],
  ['punctuation', '北京工业互联网发展行动计划(2018-2020年)', '北京工业互联网'],
  ['punctuation', '<绿色制造标准体系建设指南>', '绿色制造标准体系'],
  ['punctuation', '"贯标100"工程', '贯标100'],
  ['punctuation', '消费品工业三品战略示范城市', '三品'],
  ['pinyin', 'lvse zhizao biaozhun', '绿色制造标准体系'],
  ['pinyin', 'dianzi yingye zhizhao', '电子营业执照'],
  ['pinyin', 'jiangshi qiye', '僵尸企业'],
  ['pinyin', 'changjiang jingjidai', '长江经济带'],
  ['pinyin', 'zhishichanquan', '知识产权服务民营企业'],
  ['pinyin', 'jinxingban', '晋兴板'],
  ['pinyin', 'shenzhen', '企业研究开发资助'],
  ['pinyin', 'guojia zhishi chanquanju', '知识产权服务民营企业'],
  ['initials', 'dzyyzz', '电子营业执照'],
  ['initials', 'jsqy', '僵尸企业'],
  ['initials', 'cjjjd', '长江经济带'],
  ['initials', 'qjnyxn', '清洁能源消纳'],
  ['initials', 'gjzscqj', '知识产权服务民营企业'],
  ['initials', 'lszzbztx', '绿色制造标准体系'],
];

describe('search quality over the three bulletins', () => {
  const docs = bulletinDocs();
  const index = bulletinIndex(docs);

  it('has at least 40 queries of every kind', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(QUERIES.map(([kind]) => kind));
    expect(kinds.size).toBe(13);
  });

  it('puts the wanted notice in the first 3 results for at least 95% of the queries', () => {
    const perKind = new Map<Kind, { found: number; total: number }>();
    const misses: string[] = [];
    for (const [kind, query, wanted] of QUERIES) {
      // The fragment names exactly one notice: a test that cannot fail for an ambiguous reason.
      expect(docs.filter((doc) => doc.title.includes(wanted)), wanted).toHaveLength(1);
      const { hits } = index.search({ query, limit: 3 });
      const found = hits.some((hit) => hit.title.includes(wanted));
      const tally = perKind.get(kind) ?? { found: 0, total: 0 };
      tally.found += found ? 1 : 0;
      tally.total += 1;
      perKind.set(kind, tally);
      if (!found) misses.push(`${kind} ${query} → ${hits.map((hit) => hit.title).join(' | ') || '(nothing)'}`);
    }
    const found = [...perKind.values()].reduce((sum, t) => sum + t.found, 0);
    const lines = [...perKind].map(([kind, t]) => `  ${kind.padEnd(12)} ${t.found}/${t.total}`);
    console.log(`search quality: ${found}/${QUERIES.length} in top 3\n${lines.join('\n')}${misses.length ? `\nmissed:\n  ${misses.join('\n  ')}` : ''}`);
    expect(found / QUERIES.length).toBeGreaterThanOrEqual(0.95);
  });
});
