// Citations as notices print them, beyond the three sample bulletins: every bracket
// style of the 文号, 〈〉 inside titles, 令 numbers, short names, forms, repeal lists.
import { describe, expect, it } from 'vitest';
import { citationKeysOf, findCitations, type Citation } from '../../../shared/relations/index.ts';

function cite(...body: string[]): Citation[] {
  return findCitations({ title: '关于开展2020年度项目申报工作的通知', docNumber: '鲁工信发〔2020〕1号', agencies: ['山东省工业和信息化厅'], body });
}

function brief(citations: readonly Citation[]): [string | null, string | null, string | null][] {
  return citations.map((c) => [c.title, c.docNumber, c.relation]);
}

describe('findCitations', () => {
  it('reads a list of titles with their 文号 under one verb', () => {
    expect(brief(cite('根据《中华人民共和国中小企业促进法》、《国务院关于进一步支持小型微型企业健康发展的意见》（国发〔2012〕14号）和《山东省节能专项资金管理办法》(鲁财工[2017] 52 号)，现通知如下。'))).toEqual([
      ['中华人民共和国中小企业促进法', null, 'basis'],
      ['国务院关于进一步支持小型微型企业健康发展的意见', '国发〔2012〕14号', 'basis'],
      ['山东省节能专项资金管理办法', '鲁财工[2017]52号', 'basis'],
    ]);
  });

  it('keeps 〈〉 inside a title and reads a 文号 printed inside its brackets', () => {
    expect(brief(cite('按照《关于印发〈山东省绿色工厂评价办法〉的通知（鲁经信节能〔2018〕3号）》要求。'))).toEqual([['关于印发〈山东省绿色工厂评价办法〉的通知', '鲁经信节能〔2018〕3号', 'basis']]);
  });

  it('reads 令 and 公告 numbers without a bracketed year', () => {
    expect(brief(cite('依据《产业结构调整指导目录（2019年本）》（国家发展改革委令第29号）和《关于增值税留抵退税的公告》（国家税务总局公告2019年第20号）执行。'))).toEqual([
      ['产业结构调整指导目录（2019年本）', '国家发展改革委令第29号', 'basis'],
      ['关于增值税留抵退税的公告', '国家税务总局公告2019年第20号', 'basis'],
    ]);
  });

  it('reads a repeal, a replacement and an amendment', () => {
    const found = cite(
      '本办法自2020年1月1日起施行，原《山东省节能专项资金管理暂行办法》（鲁财工〔2015〕10号）同时废止。',
      '本标准代替《绿色工厂评价通则》。',
      '现对《山东省技术改造专项资金管理办法》（鲁财工〔2016〕8号）进行修订。',
    );
    expect(brief(found)).toEqual([
      ['山东省节能专项资金管理暂行办法', '鲁财工〔2015〕10号', 'repeals'],
      ['绿色工厂评价通则', null, 'replaces'],
      ['山东省技术改造专项资金管理办法', '鲁财工〔2016〕8号', 'amends'],
    ]);
  });

  it('carries 同时废止： to every item of the list below it', () => {
    const found = cite('本通知自印发之日起施行。下列文件同时废止：', '1.《关于加强节能监察的通知》（鲁经信〔2014〕2号）；', '2.《节能监察办法》（鲁经信〔2015〕9号）。', '附件：申报表');
    expect(found.map((c) => c.relation)).toEqual(['repeals', 'repeals']);
  });

  it('reads bare 文号 in every bracket style, and not the notice’s own', () => {
    expect(brief(cite('按照工信部联节〔2016〕304号、工信厅节函[2016]586号文件要求，鲁工信发（2020）1号通知的附件另发。'))).toEqual([
      [null, '工信部联节〔2016〕304号', 'basis'],
      [null, '工信厅节函[2016]586号', 'basis'],
    ]);
  });

  it('leaves out short names, forms and the notice’s own attachments', () => {
    expect(
      brief(
        cite(
          '请填写《项目申报表》（见附件1，以下简称《申报表》），编制《绿色工厂自评价报告》。',
          '《申报表》须加盖公章。',
          '按照《绿色工厂评价通则》组织评价。',
        ),
      ),
    ).toEqual([['绿色工厂评价通则', null, 'basis']]);
  });

  it('counts a document printed twice once, with the 文号 from either', () => {
    expect(brief(cite('根据《北京市支持中小企业发展资金管理暂行办法》要求。', '附件：《北京市支持中小企业发展资金管理暂行办法》（京财经一〔2017〕1926号）'))).toEqual([
      ['北京市支持中小企业发展资金管理暂行办法', '京财经一〔2017〕1926号', 'basis'],
    ]);
  });

  it('marks laws, by their short and full names alike', () => {
    // One law, however it is named: one citation.
    const same = cite('依据《公司法》和《中华人民共和国公司法（2018年修正）》。');
    expect(same).toHaveLength(1);
    expect(same[0]?.law).toBe(true);
    expect(cite('依据《中华人民共和国网络安全法》。')[0]).toMatchObject({ law: true, title: '中华人民共和国网络安全法' });
    expect(cite('依据《电子营业执照管理办法》。')[0]?.law).toBe(false);
  });

  it('reads the relation a notice’s own title names', () => {
    const interpret = findCitations({ title: '《山东省节能专项资金管理办法》政策解读', docNumber: null, agencies: [], body: ['一、制定背景'] });
    expect(brief(interpret)).toEqual([['山东省节能专项资金管理办法', null, 'interprets']]);
    const extend = findCitations({
      title: '关于延长2019年度节能专项资金申报时间的通知',
      docNumber: null,
      agencies: [],
      body: ['《关于做好2019年度节能专项资金申报工作的通知》（鲁经信资〔2018〕1号）的申报截止时间延长至2019年1月31日。'],
    });
    expect(brief(extend)).toEqual([['关于做好2019年度节能专项资金申报工作的通知', '鲁经信资〔2018〕1号', 'extends']]);
    const issue = findCitations({ title: '关于印发《淮北市绿色工厂评价管理暂行办法》的通知', docNumber: null, agencies: [], body: ['现将《淮北市绿色工厂评价管理暂行办法》印发给你们。'] });
    expect(brief(issue)).toEqual([['淮北市绿色工厂评价管理暂行办法', null, 'issues']]);
  });

  it('gives one key to every printing of one 文号', () => {
    const [a] = citationKeysOf(null, '鲁财工〔2017〕52号');
    expect(citationKeysOf(null, '鲁财工[2017]52号')[0]).toBe(a);
    expect(citationKeysOf(null, '鲁财工（2017）052 号')[0]).toBe(a);
    expect(citationKeysOf(null, '鲁财工［２０１７］５２号')[0]).toBe(a);
  });
});

describe('findCitations on real interpretations and forwards', () => {
  const of = (title: string, ...body: string[]) => findCitations({ title, docNumber: null, agencies: [], body });

  it('takes what is said of a short name as said of its document (以下简称《实施办法》 … 解读如下)', () => {
    // 甘肃 tax bureaus' 解读, untitled in its copy.
    const found = of('（无标题）', '省国税局和省地税局共同起草了《甘肃省税务行政处罚裁量权实施办法》(以下简称《实施办法》)。现将《实施办法》解读如下:', '一、制定《实施办法》的目的和意义');
    expect(brief(found)).toEqual([['甘肃省税务行政处罚裁量权实施办法', null, 'interprets']]);
  });

  it('reads an interview (问：… 答：…) as a 解读 of the document it speaks of most, its short name counted', () => {
    const found = of(
      '（无标题）',
      '该负责同志表示,《规划》提出了六大目标19项指标。',
      '问:请您介绍一下制定《规划》的背景和意义。',
      '答:按照要求,各有关部门要围绕中央规划《建议》和国家规划《纲要》编制专项规划。',
      '《人力资源和社会保障事业发展“十四五”规划》依据《纲要》编制。',
    );
    expect(found.find((c) => c.title === '人力资源和社会保障事业发展“十四五”规划')?.relation).toBe('interprets');
    expect(found.some((c) => c.title === '规划')).toBe(false);
  });

  it('leaves the documents a titled 解读 says were issued as its bases, not as what it interprets', () => {
    const found = of('《重庆市开州区科技创新赋能高质量发展行动计划(2025—2027年)》政策解读', '2025年9月,市委办公厅、市政府办公厅联合印发《重庆市进一步推进“416”科技创新布局行动计划(2025—2027年)》,对今后三年科技创新重点任务作出系统部署。');
    expect(brief(found)).toEqual([
      ['重庆市开州区科技创新赋能高质量发展行动计划(2025—2027年)', null, 'interprets'],
      ['重庆市进一步推进“416”科技创新布局行动计划(2025—2027年)', null, 'basis'],
    ]);
  });

  it('reads a forward however it passes the document on: 见附件, 文件转发, 转给, under the same title', () => {
    expect(brief(of('关于转发省经信厅问卷调查通知的通知', '现将安徽省经济和信息化厅《安徽省经济和信息化厅关于常态化开展中小企业生产经营问卷月度调查工作的通知》(见附件)转发给你们。'))).toEqual([
      ['安徽省经济和信息化厅关于常态化开展中小企业生产经营问卷月度调查工作的通知', null, 'forwards'],
    ]);
    expect(brief(of('吉林省工业和信息化厅关于开展专业类国家应急产业示范基地申报工作的通知', '现将《工业和信息化部办公厅发展改革委办公厅科技部办公厅关于开展首批国家应急产业示范基地申报工作的通知》(工信厅联运行函〔2015〕570号)转给你们。'))).toEqual([
      ['工业和信息化部办公厅发展改革委办公厅科技部办公厅关于开展首批国家应急产业示范基地申报工作的通知', '工信厅联运行函〔2015〕570号', 'forwards'],
    ]);
    // 株洲: the forward bears the title of the notice it forwards.
    expect(brief(of('关于做好2022年制造业品牌培育试点工作的通知', '现将湖南省工业和信息化厅《关于做好2022年制造业品牌培育试点工作的通知》文件转发给你们，请认真贯彻落实。'))).toEqual([
      ['关于做好2022年制造业品牌培育试点工作的通知', null, 'forwards'],
    ]);
  });

  it('reads what a notice puts into effect (企业实施《…》) as its basis', () => {
    expect(brief(of('财政部关于国有商业、粮食企业实施新的财务制度若干政策衔接问题的通知', '现就国有商业、粮食企业实施《商品流通企业财务制度》中的有关政策衔接问题通知如下:'))).toEqual([['商品流通企业财务制度', null, 'basis']]);
  });
});
