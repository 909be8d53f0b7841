// Whether a single file is a government document at all. The library keeps every
// government document, read for sure or marked 需核对; it refuses only a text that reads as
// something else: a news report of a meeting, a signing or of enterprises selected, an
// advertisement for training or services, a company's own news. A report whose subject is a
// policy document (…印发《…行动方案》, …出台…办法, …发布通知) is that document's 解读, or a
// repost of it, and is kept. The verdict names its reason, in the words of the import report.
import type { SourceLine } from '../lines.ts';
import { isSalutation } from '../segment.ts';
import type { ReadDocument } from './read-document.ts';

export type Refusal = 'empty' | 'news' | 'advert' | 'company' | 'no-marks';

// Words only a 公文 uses to open, close or frame itself.
const FORMULA =
  /特此(?:通知|公告|通告|公示|函告|批复|说明)|现予(?:以)?(?:公布|公告|发布|印发|公示)|予以公示|(?:通知|公告|通告|公示|意见|决定|规定)如下|(?:转发|印发)给你们|请遵照执行|请认真(?:贯彻)?执行|请结合实际|如有异议|公示期(?:间|内|为)|自印发之日起|起施行|抄送[:：]|^第[一二三四五六七八九十百]+条/;
// A report whose subject is a policy document or a call.
const ANNOUNCES_POLICY =
  /(?:印发|出台|发布|出炉|公布|施行|实施|下发)(?:了)?[^。；]{0,12}《[^》]{2,60}(?:办法|方案|意见|措施|政策|规定|细则|条例|计划|通知|规划|指南|决定|目录|公示|名单)[^》]{0,12}》|(?:出台|印发|发布|下发)[^。；]{0,30}(?:办法|方案|意见|措施|政策|规定|细则|条例|计划|通知)|(?:方案|办法|意见|措施|政策|规定|细则|条例|计划|规划)》?(?:正式)?(?:印发|出台|发布|实施)|申报启动|启动[^。；]{0,12}申报/;
// A headline that says the text interprets a policy.
const INTERPRETS = /解读|图解|一图读懂|答记者问|问答/;
// A headline about enterprises selected or honoured: news of results, not the document.
const ACHIEVEMENT = /入选|上榜|获批|获评|荣获|喜讯|喜报|捷报|又有|再添|成功(?:获|入|通过)|顺利通过|获得.{0,10}称号|榜上有名/;
const NEWS = /本报讯|网讯|日电|[（(]记者|记者\s|通讯员|据悉|据了解|会议(?:指出|强调|要求|认为|提出)|出席(?:会议|活动|仪式)|主持(?:会议)?|并讲话|签约仪式|签订[^。]{0,10}协议|座谈会|调研|新闻发布会|发布会|举办[^。，]{0,30}(?:会|活动|培训|讲座)|宣讲会|培训会|对接会|推介会|座谈/;
const ADVERT = /培训(?:班|费|课程|机构|计划)|课程|学费|招生|报名热线|咨询热线|服务热线|老师|优惠|包过|代理申报|代办|一对一|收费标准|在列举网|欢迎(?:来电|咨询)|就找|专业(?:可靠|代理)|服务公司|咨询洽谈|我们(?:的|将为|可以)|整理如下|小编|免费(?:咨询|评估|申请)|一站式|全程代办|咨询电话|扫码咨询/;
const COMPANY = /(?:公司|集团)(?:顺利|荣获|成功|获评|入选|通过|再获)|我公司|本公司|喜报|喜讯|热烈祝贺|新闻中心|企业动态|企业新闻|公司新闻/;
// A company named as the one selected (…小鸭家电公司榜上有名, …公司成功入选), or its own praise.
const COMPANY_ACHIEVES = /(?:公司|集团|股份)[^。，,！!；]{0,16}(?:榜上有名|入选|荣获|获评|成功入围|获此殊荣|名列其中)|高度认可|不负众望|再创佳绩|再添殊荣/;
// An official's answers to the press (问：… 答：…), the form of many 解读.
const QUESTION = /^问\s*[:：]/;
const ANSWER = /^答\s*[:：]/;
const ANSWERS_PRESS = /答记者(?:问|全文)|回答记者提问/;
const CITES_NOTICE = /《[^》]{0,40}关于[^》]{2,80}(?:通知|办法|方案|指南)》/;
const CALL_DATES = /(?:申报|申请|报送|受理|填报)(?:时间|截止|日期)[^。]{0,20}\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日[^。]{0,6}(?:前|截止)[^。]{0,20}(?:申报|申请|报送|提交)/;

// The words of government business: a text with several of them and nothing else is kept for a check.
const GOVERNMENT_WORDS = /我局|我厅|我委|我办|本局|人民政府|主管部门|各地|各市|各县|各区|有关单位|申报|公示|施行|废止|规范性文件|管理办法|实施细则|专项资金|推荐|认定|备案|审核/g;

export type VerdictInput = { lines: readonly SourceLine[]; documents: readonly ReadDocument[] };

function governmentMarks(input: VerdictInput): boolean {
  const framed = (d: ReadDocument): boolean => d.titleSource === 'document' && d.notice.title.includes('关于');
  if (input.documents.some((d) => d.notice.docNumber !== null || framed(d) || (d.signed && d.notice.agencies.length > 0))) return true;
  return input.lines.some((line) => isSalutation(line.text) || FORMULA.test(line.text));
}

/** 问：… and 答：… paragraphs: an interview on a policy, its 解读. */
function isQuestionsAndAnswers(lines: readonly SourceLine[]): boolean {
  return lines.some((line) => QUESTION.test(line.text)) && lines.some((line) => ANSWER.test(line.text));
}

/** null when the file is (or holds) a government document, else why it is refused. */
export function refusalOf(input: VerdictInput): Refusal | null {
  if (input.lines.length === 0) return 'empty';
  if (governmentMarks(input)) return null;
  const text = input.lines.map((line) => line.text).join('\n');
  // The first lines say what the text is about: the page's headline and the lead.
  const lead = input.lines.slice(0, 6).map((line) => line.text).join('\n');
  const headline = [input.documents[0]?.notice.title ?? '', ...input.lines.slice(0, 3).map((line) => line.text).filter((t) => t.length <= 60)].join('\n');
  if (COMPANY.test(headline) || (COMPANY.test(text) && ACHIEVEMENT.test(lead)) || COMPANY_ACHIEVES.test(text)) return 'company';
  if (ACHIEVEMENT.test(headline)) return 'news';
  if (ANNOUNCES_POLICY.test(headline) || (INTERPRETS.test(headline) && !NEWS.test(headline)) || ANNOUNCES_POLICY.test(lead)) return null;
  if (ADVERT.test(text)) return 'advert';
  // An interview on a policy (问：… 答：…, 答记者问) is its 解读; a press conference's report is news.
  if ((isQuestionsAndAnswers(input.lines) || ANSWERS_PRESS.test(lead)) && !NEWS.test(lead)) return null;
  // An explainer of a call (a WeChat post on `《关于…的通知》` with its 申报时间): that call's 解读.
  if (CITES_NOTICE.test(text) && CALL_DATES.test(text)) return null;
  if (NEWS.test(text)) return 'news';
  const words = new Set(text.match(GOVERNMENT_WORDS) ?? []);
  return words.size >= 2 || input.documents.some((d) => d.notice.agencies.length > 0 || d.notice.date !== null) ? null : 'no-marks';
}
