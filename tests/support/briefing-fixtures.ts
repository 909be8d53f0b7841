// Briefing inputs made from the real bulletins in ../shared/bulletins: notice fields
// from the hand-made labels, body paragraphs, attachments and contacts copied from
// the bulletin texts. Independent of the parser, so a parser bug cannot hide (or
// cause) a briefing bug.
import { readFileSync } from 'node:fs';
import type { Briefing, BriefingItem, BriefingTemplateId, Relevance } from '../../shared/model/briefing.ts';
import type { Contact, ParsedNotice } from '../../shared/model/notice.ts';
import { bulletinNotice } from './bulletin-docs.ts';
import { BULLETIN_DIR } from './shared-inputs.ts';

export const BULLETINS_DIR = `${BULLETIN_DIR}/`;

type LabelNotice = {
  category: string;
  title: string;
  docNumber?: string | null;
  docNumberAnyOf?: (string | null)[];
  agencies: string[];
  date: string | null;
  url: string | null;
  deadline?: string | null;
};

type Extra = Partial<Pick<ParsedNotice, 'body' | 'attachments' | 'contacts' | 'links'>>;

const contact = (name: string, phone: string, unit: string | null = null, email: string | null = null): Contact => ({ name, unit, phone, email });

// Copied from 000_2229777bc5f28b07.txt (keyed by title).
const EXTRAS: Record<string, Extra> = {
  '关于印发《电子营业执照管理办法（试行）》的通知': {
    body: [
      '国市监注（2018）249号',
      '各省、自治区、直辖市及新疆生产建设兵团市场监管局（厅、委）：',
      '为加强和规范电子营业执照管理，推进电子营业执照跨行业、跨区域、跨层级的应用，充分发挥其在市场主体身份识别和服务社会公众中的作用，市场监管总局在广泛调研、深入分析的基础上，制定了《电子营业执照管理办法（试行）》。现印发给你们，请遵照执行。',
      '第一条 为规范电子营业执照的应用与管理，维护市场主体的合法权益，依据《公司法》《电子签名法》《网络安全法》等法律法规和国务院有关文件规定，制定本办法。',
      '第二条 本办法适用于市场监管部门发放和管理电子营业执照的行为，市场主体领取、下载及使用电子营业执照的行为，以及电子营业执照的政务和商务应用的行为。',
    ],
  },
  '北京关于组织申报国家重点研发计划战略性新兴产业国际科技创新合作重点专项2018年度联合研发与示范项目的通知': {
    body: [
      '各有关单位：',
      '按照《科技部关于发布国家重点研发计划“战略性新兴产业国际科技创新合作”重点专项2018年度联合研发与示范项目申报指南的通知》（国科发资〔2018〕264号）的要求，为做好“战略性新兴产业国际科技创新合作”重点专项2018年度联合研发与示范项目的申报及推荐工作，现将我市有关工作通知如下：',
      '二、请各申报单位按通知要求通过国家科技管理信息系统公共服务平台进行网上填报，将网上生成的项目预申报书打印纸质文件，经签字、盖章并装订成册后，一式四份报送至北京生产力促进中心（北京市海淀区北三环中路31号，生产力大楼B座8层808室）。',
      '报送时间：2019年1月8日17:00前。',
    ],
    contacts: [contact('赵波静', '82004299'), contact('戴星', '82004297'), contact('陈永平', '66158339')],
    links: ['http://www.most.gov.cn/mostinfo/xinxifenlei/fgzc/gfxwj/gfxwj2018/201811/t20181123_143078.htm'],
  },
  '山西关于做好全省小微企业挂牌“晋兴板”奖励资金申报工作的通知': {
    body: [
      '晋金发〔2018〕7号',
      '各市金融办、财政局、中小企业局、大同经济和信息化委员会：',
      '根据山西省人民政府《关于进一步深化小微企业金融服务缓解融资难融资贵的意见》（晋政发〔2018〕41号）要求，现就做好山西股权交易中心“晋兴板”挂牌企业给予一次性奖励资金（以下简称“奖励资金”）申报工作有关事项通知如下：',
      '一、申报资格与条件',
      '2018年10月16日起，在我省行政区域内注册，并在山西股权交易中心“晋兴板”挂牌的小微企业。',
    ],
    attachments: ['山西省小微企业挂牌“晋兴板”奖励资金申请报告.docx', '山西省小微企业挂牌“晋兴板”奖励资金申请汇总表.docx'],
    contacts: [
      contact('胡志霞', '0351-6819959', '山西省地方金融监督管理局', 'sxjrbzbc@163.com'),
      contact('郝红燕', '0351-4043381', '山西省财政厅', 'hhysxty@sina.com'),
      contact('赵慧贤', '0351-5607023', '山西省小企业发展促进局', 'zhaohx803@126.com'),
    ],
  },
};

function toNotice(label: LabelNotice): ParsedNotice {
  const extra = EXTRAS[label.title] ?? {};
  const docNumber = label.docNumber !== undefined ? label.docNumber : (label.docNumberAnyOf?.find((value) => value !== null) ?? null);
  return {
    category: label.category,
    title: label.title,
    docNumber,
    agencies: label.agencies,
    date: label.date,
    url: label.url,
    links: extra.links ?? [],
    deadline: label.deadline ?? null,
    deadlines: label.deadline ? [{ date: label.deadline, party: 'applicant', evidence: '' }] : [],
    attachments: extra.attachments ?? [],
    contacts: extra.contacts ?? [],
    citedDocNumbers: [],
    body: extra.body ?? [],
  };
}

/** The labelled notices of one bulletin (000_… or 002_…). */
export function labelledNotices(labelsFile: string): ParsedNotice[] {
  const labels = JSON.parse(readFileSync(BULLETINS_DIR + labelsFile, 'utf8')) as { notices: LabelNotice[] };
  return labels.notices.map(toNotice);
}

export function allLabelledNotices(): ParsedNotice[] {
  return [...labelledNotices('000_2229777bc5f28b07.labels.json'), ...labelledNotices('002_5fbf075aa49c018d.labels.json')];
}

const RELEVANCES: Relevance[] = ['high', 'medium', 'low'];

/** A briefing for 北京绿源科技有限公司 over the given notices, with notes on every other one. */
export function sampleBriefing(notices: ParsedNotice[], template: BriefingTemplateId, date = '2018-12-20'): Briefing {
  const items: BriefingItem[] = notices.map((notice, i) => ({
    notice,
    relevance: RELEVANCES[i % 3] ?? 'medium',
    note: i % 2 === 0 ? `建议关注：${notice.title.slice(0, 12)}……与贵司节能改造项目直接相关，请于截止前准备申报材料。` : '',
    excerpt: i === 1 ? '支持民营企业知识产权质押融资。\n各专利代办处面向民营企业组织政策宣讲。' : null,
  }));
  return {
    client: { name: '北京绿源科技有限公司', region: '北京市海淀区', industry: '节能环保' },
    consultant: { name: '张敏', company: '北京关键要素科技有限公司', phone: '010-62227852', email: 'zhangmin@example.cn' },
    title: '政策简报（2018年第12期）',
    period: { from: '2018-09-01', to: '2018-12-20' },
    date,
    template,
    items,
  };
}

/**
 * Three application notices with the most to say (conditions, money, deadline, way to
 * apply, contacts, attachments, links), read whole from the bulletins: a one-page
 * 简洁 briefing must hold them. Unlike the notices above they come from the parser,
 * because the points are found in full bodies.
 */
export function threeApplicationNotices(): ParsedNotice[] {
  return ['山西关于做好全省小微企业挂牌', '北京关于组织申报国家重点研发计划', '浙江省关于组织开展2019年度'].map(bulletinNotice);
}
