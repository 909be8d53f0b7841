// Whether a single file is a government document at all. The library keeps every
// government document, read for sure or marked 需核对; it refuses only a text that shows
// none of a 公文's marks and reads as something else: a news report of a meeting or a
// signing, an advertisement for training or services, a company's own news. A news report
// that announces a policy document (…印发《…行动方案》, …出台…办法) is that document's
// 解读 and is kept. The verdict names its reason, in the words of the import report.
import type { SourceLine } from '../lines.ts';
import { isSalutation } from '../segment.ts';
import type { ReadDocument } from './read-document.ts';

export type Refusal = 'empty' | 'news' | 'advert' | 'company' | 'no-marks';

// Words only a 公文 uses to open, close or frame itself.
const FORMULA = /特此(?:通知|公告|通告|公示|函告|批复)|现予(?:公布|公告|发布|印发)|(?:通知|公告|通告|公示|意见|决定)如下|请遵照执行|请认真(?:贯彻)?执行|请结合实际|抄送[:：]|印发$|^第[一二三四五六七八九十百]+条/;
// A report that a policy document was issued: its 解读.
const ANNOUNCES_POLICY = /(?:印发|出台|发布|出炉|公布|施行|实施)(?:了)?[^。；]{0,12}《[^》]{2,60}(?:办法|方案|意见|措施|政策|规定|细则|条例|计划|通知|规划|指南|决定)[^》]{0,12}》|(?:出台|印发|发布)[^。；]{0,30}(?:办法|方案|意见|措施|政策|规定|细则|条例|计划)|解读/;
const NEWS = /网讯|日电|[（(]记者|记者\s|通讯员|据悉|据了解|会议(?:指出|强调|要求|认为|提出)|出席(?:会议|活动|仪式)|主持(?:会议)?|并讲话|签约仪式|签订[^。]{0,10}协议|座谈会|调研/;
const ADVERT = /培训(?:班|费|课程|机构|计划)|课程|学费|招生|报名热线|咨询热线|服务热线|老师|优惠|包过|代理申报|代办|一对一|收费标准|在列举网|欢迎(?:来电|咨询)/;
const COMPANY = /(?:公司|集团)(?:顺利|荣获|成功|获评|入选|通过|再获)|我公司|本公司|喜报|热烈祝贺|新闻中心|企业新闻/;

export type VerdictInput = { lines: readonly SourceLine[]; documents: readonly ReadDocument[] };

function governmentMarks(input: VerdictInput): boolean {
  const framed = (d: ReadDocument): boolean => d.titleSource === 'document' && d.notice.title.includes('关于');
  if (input.documents.some((d) => d.notice.docNumber !== null || framed(d) || (d.signed && d.notice.agencies.length > 0))) return true;
  return input.lines.some((line) => isSalutation(line.text) || FORMULA.test(line.text));
}

/** null when the file is (or holds) a government document, else why it is refused. */
export function refusalOf(input: VerdictInput): Refusal | null {
  if (input.lines.length === 0) return 'empty';
  if (governmentMarks(input)) return null;
  const text = input.lines.map((line) => line.text).join('\n');
  if (ANNOUNCES_POLICY.test(text) && !COMPANY.test(text)) return null;
  if (COMPANY.test(text)) return 'company';
  if (ADVERT.test(text)) return 'advert';
  if (NEWS.test(text)) return 'news';
  return input.documents.some((d) => d.notice.agencies.length > 0 || d.notice.date !== null) ? null : 'no-marks';
}
