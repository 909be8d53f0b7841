// shared/ speaks in codes; the app (renderer/platform/i18n/codes.ts) and the command line
// (electron/node/cli/strings.ts) word them with one wording (shared/words/code-words.ts).
// They must say the same: one sample of every code, worded by both, and the rules of the
// wording that are not mere lookups.
import { describe, expect, it } from 'vitest';
import { codeWords as app } from '../../../../renderer/platform/i18n/codes.ts';
import { codeWords as cli } from '../../../../electron/node/cli/strings.ts';
import type { ExtractProblem, ExtractWarning } from '../../../../shared/extract/problems.ts';
import type { Sniffed } from '../../../../shared/extract/sniff.ts';
import type { DocumentReading } from '../../../../shared/parse/index.ts';
import type { MatchReasonFacts } from '../../../../shared/match/match-reasons.ts';
import { CITATION_RELATIONS, VALIDITY_STATUSES, type Validity, type ValidityEnding, type ValidityReason } from '../../../../shared/relations/types.ts';

const png: Sniffed = { kind: 'image', type: 'PNG' };
const unknown: Sniffed = { kind: 'unknown' };

/** One problem of every kind (the record makes the compiler ask for a new one). */
const PROBLEMS: { [K in ExtractProblem['kind']]: Extract<ExtractProblem, { kind: K }>[] } = {
  empty: [{ kind: 'empty' }],
  'empty-text': [{ kind: 'empty-text' }],
  binary: [{ kind: 'binary' }],
  'not-pdf': [{ kind: 'not-pdf', actually: png }, { kind: 'not-pdf', actually: unknown }],
  'truncated-pdf': [{ kind: 'truncated-pdf' }],
  'encrypted-pdf': [{ kind: 'encrypted-pdf' }],
  'corrupt-pdf': [{ kind: 'corrupt-pdf', detail: 'Invalid XRef' }],
  'pdf-pages-failed': [{ kind: 'pdf-pages-failed', pages: 3 }],
  'no-text': [{ kind: 'no-text', pages: 2 }],
  'not-docx': [
    { kind: 'not-docx', actually: { kind: 'zip', hasWordDocument: false, complete: true, hint: 'xlsx' } },
    { kind: 'not-docx', actually: { kind: 'zip', hasWordDocument: false, complete: true, hint: 'pptx' } },
    { kind: 'not-docx', actually: { kind: 'zip', hasWordDocument: false, complete: true, hint: 'odf' } },
    { kind: 'not-docx', actually: { kind: 'zip', hasWordDocument: false, complete: true, hint: null } },
    { kind: 'not-docx', actually: unknown },
  ],
  'truncated-docx': [{ kind: 'truncated-docx' }],
  'corrupt-docx': [
    { kind: 'corrupt-docx', damage: 'xml', detail: null },
    { kind: 'corrupt-docx', damage: 'zip', detail: null },
    { kind: 'corrupt-docx', damage: null, detail: 'bad part' },
  ],
  'too-large': [{ kind: 'too-large', size: 300 * 1024 * 1024, limit: 200 * 1024 * 1024 }],
  'old-office': [{ kind: 'old-office' }],
  'encrypted-doc': [{ kind: 'encrypted-doc' }],
  'corrupt-doc': [{ kind: 'corrupt-doc', detail: 'no piece table' }],
  wps: [{ kind: 'wps' }],
  ofd: [{ kind: 'ofd' }],
  'corrupt-mhtml': [{ kind: 'corrupt-mhtml', detail: 'no boundary' }, { kind: 'corrupt-mhtml', detail: null }],
  'zip-entry-too-large': [{ kind: 'zip-entry-too-large', part: 'word/document.xml', size: 70 * 1024 * 1024, limit: 64 * 1024 * 1024 }],
  'zip-entry-ratio': [{ kind: 'zip-entry-ratio', part: 'word/document.xml', size: 5 * 1024 * 1024, ratio: 500 }],
  'zip-total-too-large': [{ kind: 'zip-total-too-large', size: 300 * 1024 * 1024, limit: 256 * 1024 * 1024 }],
  'unknown-extension': [{ kind: 'unknown-extension', extension: 'xyz' }],
  unsupported: [
    { kind: 'unsupported', actually: png },
    { kind: 'unsupported', actually: { kind: 'ole' } },
    { kind: 'unsupported', actually: { kind: 'rtf' } },
    { kind: 'unsupported', actually: { kind: 'archive', type: '7z' } },
    { kind: 'unsupported', actually: { kind: 'pdf' } },
    { kind: 'unsupported', actually: { kind: 'zip', hasWordDocument: true, complete: true, hint: null } },
  ],
};

const WARNINGS: { [K in ExtractWarning['kind']]: Extract<ExtractWarning, { kind: K }> } = {
  renamed: { kind: 'renamed', format: 'PDF' },
  'replaced-characters': { kind: 'replaced-characters', count: 2 },
  'unfinished-end': { kind: 'unfinished-end' },
  'large-text': { kind: 'large-text', size: 6 * 1024 * 1024 },
  'pdf-missing-end': { kind: 'pdf-missing-end' },
  'pdf-page-failed': { kind: 'pdf-page-failed', page: 4 },
  'docx-notes': { kind: 'docx-notes', count: 1 },
};

const READINGS: DocumentReading[] = [
  { kind: 'bulletin', notices: 12 },
  { kind: 'notice', title: '关于开展绿色工厂推荐工作的通知' },
  { kind: 'notices', count: 2 },
  ...(['empty', 'news', 'advert', 'company', 'no-marks'] as const).map((refusal): DocumentReading => ({ kind: 'refused', refusal })),
];

const REASONS: MatchReasonFacts[] = [
  { kind: 'region', scope: 'national' },
  { kind: 'region', scope: 'local', region: '北京市' },
  { kind: 'region', scope: 'city-unknown', region: '深圳市' },
  { kind: 'region', scope: 'unknown-client', region: '山西省' },
  { kind: 'qualification', qualification: 'listed', condition: '申报条件第二条' },
  { kind: 'qualification', qualification: 'high-tech', condition: null },
  { kind: 'industry', industry: 'energy-saving' },
  { kind: 'size', sizeKind: 'small-micro' },
  { kind: 'sector' },
  { kind: 'keyword', keyword: '光伏' },
  { kind: 'deadline', deadline: '2019-01-08', daysLeft: 12, recurring: false },
  { kind: 'deadline', deadline: '2019-01-08', daysLeft: 0, recurring: false },
  { kind: 'deadline', deadline: '2019-01-08', daysLeft: -3, recurring: false },
  { kind: 'deadline', deadline: '2019-01-08', daysLeft: -3, recurring: true },
  { kind: 'benefit', benefits: ['subsidy', 'award'], maxAmount: '200万元' },
  { kind: 'benefit', benefits: ['interest-subsidy'], maxAmount: null },
  { kind: 'age' },
  { kind: 'check', what: 'size', sizeKind: 'small-micro' },
  { kind: 'check', what: 'age', minYears: 3, maxYears: null },
  { kind: 'open', national: false },
  { kind: 'open', national: true },
  { kind: 'excluded', why: 'region', region: '山西省' },
  { kind: 'excluded', why: 'region', region: null },
  { kind: 'excluded', why: 'organisation', organisations: ['local-government', 'research-university'] },
  { kind: 'excluded', why: 'organisation', organisations: [] },
  { kind: 'excluded', why: 'size', sizeKind: 'small-micro' },
  { kind: 'excluded', why: 'size', sizeKind: null },
  { kind: 'excluded', why: 'age', minYears: 3, maxYears: null },
  { kind: 'excluded', why: 'age', minYears: null, maxYears: 5 },
  { kind: 'excluded', why: 'no-action', action: 'results' },
  { kind: 'excluded', why: 'no-action', action: 'repeal' },
  { kind: 'excluded', why: 'before-founded', deadline: '2021-07-30' },
];

const repeal: ValidityEnding = { title: '淮北市绿色工厂评价管理暂行办法', docNumber: '淮经信节能〔2019〕79号', relation: 'repeals', from: '2019-09-04' };
const VALIDITY_REASONS: ValidityReason[] = [
  { kind: 'ended', by: repeal },
  { kind: 'ended', by: { ...repeal, docNumber: null, relation: 'amends', from: null } },
  { kind: 'expired', expiresOn: '2021-12-31' },
  { kind: 'stated', effectiveFrom: '2019-01-01', notYetInForce: false, expiresOn: '2021-12-31', pending: null },
  { kind: 'stated', effectiveFrom: '2027-01-01', notYetInForce: true, expiresOn: null, pending: { ...repeal, relation: 'replaces', from: '2028-01-01' } },
  { kind: 'pending', pending: { ...repeal, from: '2027-01-01' } },
  { kind: 'unstated' },
];

describe('the app and the command line word every code alike', () => {
  it('is one wording, not two copies to keep in step', () => {
    expect(cli).toBe(app);
  });

  it('extraction problems and warnings', () => {
    for (const problem of Object.values(PROBLEMS).flat()) expect(cli.extractProblem('a.pdf', problem), problem.kind).toBe(app.extractProblem('a.pdf', problem));
    for (const warning of Object.values(WARNINGS)) expect(cli.extractWarning('a.pdf', warning), warning.kind).toBe(app.extractWarning('a.pdf', warning));
  });

  it('readings, match reasons, relations and validity', () => {
    for (const reading of READINGS) expect(cli.reading(reading)).toBe(app.reading(reading));
    for (const reason of REASONS) expect(cli.matchReason(reason)).toBe(app.matchReason(reason));
    for (const relation of CITATION_RELATIONS) expect(cli.relations[relation]).toBe(app.relations[relation]);
    for (const status of VALIDITY_STATUSES) expect(cli.validityStatus[status]).toBe(app.validityStatus[status]);
    for (const reason of VALIDITY_REASONS) expect(cli.validityReason(reason)).toBe(app.validityReason(reason));
    for (const status of VALIDITY_STATUSES) {
      const validity: Validity = { status, reason: { kind: 'unstated' } };
      expect(cli.briefingValidity(validity)).toBe(app.briefingValidity(validity));
    }
  });
});

describe('how the codes read', () => {
  it('names the file and what the bytes are instead', () => {
    expect(app.extractProblem('图.pdf', { kind: 'not-pdf', actually: png })).toBe('「图.pdf」的扩展名是 .pdf，但内容不是 PDF，而是一张 PNG 图片。请找到原始的 PDF 文件再导入。');
    expect(app.extractProblem('a.docx', { kind: 'not-docx', actually: unknown })).toContain('但内容不是 Word 文档（不是有效的 ZIP 包）');
    expect(app.extractProblem('a.pdf', { kind: 'pdf-pages-failed', pages: 3 })).toContain('（3 页都无法读取）');
    expect(app.extractProblem('a.mhtml', { kind: 'corrupt-mhtml', detail: null })).toContain('（找不到网页正文）');
    expect(app.extractProblem('a.docx', { kind: 'corrupt-docx', damage: 'xml', detail: null })).toContain('无法读取其中的 Word 内容（文档的 XML 结构已损坏）');
    expect(app.extractProblem('a.pdf', { kind: 'too-large', size: 300 * 1024 * 1024, limit: 200 * 1024 * 1024 })).toContain('太大（300 MB），超过此类文件 200 MB 的上限');
  });

  it('words match reasons with the vocabulary’s labels and the notice’s own words', () => {
    expect(REASONS.map((reason) => app.matchReason(reason))).toEqual([
      '地区：全国',
      '地区：北京市',
      '地区：深圳市（请核实所在城市）',
      '地区：限山西省（客户未填地区）',
      '资质：上市/挂牌企业（申报条件第二条）',
      '资质：高新技术企业',
      '行业：节能环保',
      '规模：小微企业',
      '类型：制造业企业',
      '关键词：光伏',
      '截止 2019-01-08，剩 12 天',
      '今天截止（2019-01-08）',
      '已截止（2019-01-08）',
      '往年批次（2019-01-08 截止），可为下一批准备',
      '支持：资金补助、奖励（最高 200万元）',
      '支持：贴息',
      '成立年限：符合',
      '待核实：仅限小微企业（客户未填规模）',
      '待核实：要求成立满3年（客户未填成立年份）',
      '面向本地企业，不限行业',
      '面向全国同规模企业，不限行业',
      '仅限山西省企业',
      '地方通知，未写明所属地区',
      '仅面向城市/地方政府、科研院所/高校，不面向企业',
      '仅面向机构，不面向企业',
      '仅限小微企业',
      '仅限特定规模企业',
      '要求成立满3年',
      '要求成立不超过5年',
      '结果公示或名单，无需申报',
      '废止决定，无需办理',
      '申报已于客户成立前截止（2021-07-30）',
    ]);
  });

  it('words validity: the ending with its relation and date, what is stated, what is to come', () => {
    expect(VALIDITY_REASONS.map((reason) => app.validityReason(reason))).toEqual([
      '已被《淮北市绿色工厂评价管理暂行办法》（淮经信节能〔2019〕79号）废止，2019年9月4日起',
      '已被《淮北市绿色工厂评价管理暂行办法》修订',
      '有效期至2021年12月31日，已过期',
      '2019年1月1日起施行；有效期至2021年12月31日',
      '2027年1月1日起施行（尚未施行）；将于2028年1月1日被《淮北市绿色工厂评价管理暂行办法》（淮经信节能〔2019〕79号）代替',
      '将于2027年1月1日被《淮北市绿色工厂评价管理暂行办法》（淮经信节能〔2019〕79号）废止',
      '未载明施行日期或有效期，库中也没有废止它的通知',
    ]);
  });

  it('prints a briefing’s 时效 only where it is known, and why for an ended notice', () => {
    expect(app.briefingValidity({ status: 'unknown', reason: { kind: 'unstated' } })).toBeNull();
    expect(app.briefingValidity({ status: 'in-force', reason: VALIDITY_REASONS[3]! })).toBe('现行有效');
    expect(app.briefingValidity({ status: 'repealed', reason: { kind: 'ended', by: { ...repeal, docNumber: null, from: null } } })).toBe('已废止（已被《淮北市绿色工厂评价管理暂行办法》废止）');
    expect(app.briefingValidity({ status: 'expired', reason: VALIDITY_REASONS[2]! })).toBe('已失效（有效期至2021年12月31日，已过期）');
  });
});
