// The .ics writer: RFC 5545 structure, TEXT escaping, folding at 75 octets without
// splitting a UTF-8 character, all-day dates and reminders; read back with an
// independent reader (read-ics.ts).
import { describe, expect, it } from 'vitest';
import { buildDeadlineCalendar, buildIcs, deadlineUid, escapeText, foldLine, nextDay, type DeadlineEntry } from '../../../shared/calendar/index.ts';
import { physicalLines, prop, readIcs, text, unescapeText, unfold } from '../../support/read-ics.ts';

const STAMP = new Date('2018-12-10T08:30:05.123Z');
const octets = (line: string) => new TextEncoder().encode(line).length;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const ENTRIES: DeadlineEntry[] = [
  {
    noticeId: 'n12',
    title: '北京关于组织申报国家重点研发计划战略性新兴产业国际科技创新合作重点专项2018年度联合研发与示范项目',
    docNumber: null,
    deadline: '2019-01-08',
    url: 'http://kw.beijing.gov.cn/art/2018/12/5/art_736_1.html?a=1,b=2',
    clients: ['北京绿源科技有限公司', '山西晋兴制造有限公司'],
  },
  {
    noticeId: 'n7',
    title: '山西关于做好全省小微企业挂牌“晋兴板”奖励资金申报工作的通知',
    docNumber: '晋金发〔2018〕7号',
    deadline: '2018-12-31',
    url: null,
    clients: [],
  },
];

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('round-trips through an unescaper', () => {
    const original = '文号：工信部联节〔2016〕304号; 附件, 见 C:\\清单\n第二行';
    expect(unescapeText(escapeText(original))).toBe(original);
  });

  it('leaves Chinese punctuation alone (，；are not the ASCII ones)', () => {
    expect(escapeText('一，二；三')).toBe('一，二；三');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets as it is and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('keeps every physical line within 75 octets, counting the leading space', () => {
    const folded = foldLine(`SUMMARY:${'申报截止'.repeat(40)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true);
  });

  it('never splits a UTF-8 character: each physical line is valid UTF-8 on its own', () => {
    // SUMMARY: is 8 octets, so 汉字 (3 octets) do not line up with 75 and the emoji (4) neither.
    const line = `SUMMARY:${'政策🙂快讯'.repeat(30)}`;
    for (const physical of foldLine(line).split('\r\n')) {
      const bytes = new TextEncoder().encode(physical);
      expect(() => strictUtf8.decode(bytes)).not.toThrow();
      expect(physical).not.toMatch(/[\uD800-\uDBFF]$/);
    }
  });

  it('unfolds back to the original line', () => {
    const line = `DESCRIPTION:${'相关链接：http://example.cn/a/b/c?x=1 '.repeat(12)}`;
    expect(unfold(`${foldLine(line)}\r\n`)).toEqual([line]);
  });
});

describe('nextDay', () => {
  it('rolls over months, years and leap days', () => {
    expect(nextDay('2018-12-31')).toBe('2019-01-01');
    expect(nextDay('2020-02-28')).toBe('2020-02-29');
    expect(nextDay('2019-02-28')).toBe('2019-03-01');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => nextDay('2018/12/31')).toThrow(RangeError);
  });
});

describe('buildIcs', () => {
  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    const ics = buildDeadlineCalendar(ENTRIES, { name: '申报截止日期', stamp: STAMP });
    const lines = physicalLines(ics);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('writes a VCALENDAR with the required properties', () => {
    const calendar = readIcs(buildDeadlineCalendar(ENTRIES, { name: '申报截止日期，北京', stamp: STAMP }));
    expect(calendar.type).toBe('VCALENDAR');
    expect(prop(calendar, 'VERSION')?.value).toBe('2.0');
    expect(text(calendar, 'PRODID')).toContain('政策快讯助手');
    expect(prop(calendar, 'CALSCALE')?.value).toBe('GREGORIAN');
    expect(text(calendar, 'X-WR-CALNAME')).toBe('申报截止日期，北京');
    expect(calendar.components.map((c) => c.type)).toEqual(['VEVENT', 'VEVENT']);
  });

  it('makes one all-day event per deadline, ending the next day', () => {
    const [first, second] = readIcs(buildDeadlineCalendar(ENTRIES, { name: 'x', stamp: STAMP })).components;
    expect(prop(first!, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20190108' });
    expect(prop(first!, 'DTEND')).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20190109' });
    expect(prop(second!, 'DTSTART')?.value).toBe('20181231');
    expect(prop(second!, 'DTEND')?.value).toBe('20190101');
    expect(prop(first!, 'DTSTAMP')?.value).toBe('20181210T083005Z');
  });

  it('says what is due, with 文号, clients and 相关链接 in the description', () => {
    const [first, second] = readIcs(buildDeadlineCalendar(ENTRIES, { name: 'x', stamp: STAMP })).components;
    expect(text(first!, 'SUMMARY')).toBe(`申报截止：${ENTRIES[0]!.title}`);
    expect(text(first!, 'DESCRIPTION')).toBe(`客户：北京绿源科技有限公司、山西晋兴制造有限公司\n相关链接：${ENTRIES[0]!.url ?? ''}`);
    expect(prop(first!, 'URL')?.value).toBe(ENTRIES[0]!.url);
    expect(text(second!, 'SUMMARY')).toBe('申报截止：山西关于做好全省小微企业挂牌“晋兴板”奖励资金申报工作的通知');
    expect(text(second!, 'DESCRIPTION')).toBe('文号：晋金发〔2018〕7号');
    expect(prop(second!, 'URL')).toBeUndefined();
  });

  it('gives each notice a UID that does not change between exports', () => {
    const uids = (stamp: Date) => readIcs(buildDeadlineCalendar(ENTRIES, { name: 'x', stamp })).components.map((event) => text(event, 'UID'));
    expect(uids(STAMP)).toEqual([deadlineUid('n12'), deadlineUid('n7')]);
    expect(uids(new Date('2019-05-01T00:00:00Z'))).toEqual(uids(STAMP));
    expect(new Set(uids(STAMP)).size).toBe(2);
  });

  it("writes each of a notice's deadlines as its own event, saying whose it is, with UIDs that stay put", () => {
    const notice = { noticeId: 'n30', title: '关于组织申报2019年消费品工业“三品”战略示范城市的通知', docNumber: null, url: null, clients: [] };
    const events = readIcs(
      buildDeadlineCalendar(
        [
          { ...notice, deadline: '2019-05-08', party: 'applicant', ordinal: 0 },
          { ...notice, deadline: '2019-05-10', party: 'authority', ordinal: 0 },
          { ...notice, deadline: '2019-06-30', party: 'applicant', ordinal: 1 },
        ],
        { name: 'x', stamp: STAMP },
      ),
    ).components;
    expect(events.map((event) => text(event, 'SUMMARY'))).toEqual([`申报截止：${notice.title}`, `主管部门推荐截止：${notice.title}`, `申报截止：${notice.title}`]);
    // The applicant's first keeps the UID a notice's one deadline always had.
    expect(events.map((event) => text(event, 'UID'))).toEqual([deadlineUid('n30'), deadlineUid('n30', 'authority', 0), deadlineUid('n30', 'applicant', 1)]);
    expect(deadlineUid('n30', 'applicant', 0)).toBe('notice-n30-deadline@policy-brief-desk');
    expect(deadlineUid('n30', 'authority', 0)).toBe('notice-n30-deadline-authority-1@policy-brief-desk');
    expect(text(events[1]!.components[0]!, 'DESCRIPTION')).toBe(`3 天后主管部门推荐截止：${notice.title}`);
  });

  it('reminds three days before at 09:00 unless told otherwise', () => {
    const [event] = readIcs(buildDeadlineCalendar(ENTRIES, { name: 'x', stamp: STAMP })).components;
    const [alarm] = event!.components;
    expect(alarm?.type).toBe('VALARM');
    expect(prop(alarm!, 'ACTION')?.value).toBe('DISPLAY');
    expect(prop(alarm!, 'TRIGGER')).toEqual({ name: 'TRIGGER', params: { RELATED: 'START' }, value: '-P2DT15H' });
    expect(text(alarm!, 'DESCRIPTION')).toContain('3 天后申报截止');
    const [week] = readIcs(buildDeadlineCalendar(ENTRIES, { name: 'x', stamp: STAMP, remindDaysBefore: 7 })).components;
    expect(prop(week!.components[0]!, 'TRIGGER')?.value).toBe('-P6DT15H');
  });

  it('writes an empty calendar when nothing is due', () => {
    const calendar = readIcs(buildIcs({ productId: 'p', name: 'n', stamp: STAMP, events: [] }));
    expect(calendar.components).toEqual([]);
  });
});
