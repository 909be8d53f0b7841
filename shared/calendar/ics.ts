// A pure iCalendar (RFC 5545) writer for all-day events: what the 截止日期 screen exports
// so that deadlines land in Outlook, Apple Calendar or a phone. Only the small part of
// the format the app needs, written to the letter: CRLF line ends, TEXT escaping, and
// lines folded at 75 octets without cutting a UTF-8 character in two.

/** One all-day event. */
export type IcsEvent = {
  /** Globally unique and stable: importing the file again updates the event instead of adding a copy. */
  uid: string;
  /** YYYY-MM-DD: the day of the event (DTSTART); it ends the next day (DTEND, exclusive). */
  date: string;
  summary: string;
  /** Free text; newlines are kept (escaped as \n). */
  description?: string;
  url?: string | null;
  /** A reminder before the day. */
  alarm?: IcsAlarm | null;
};

/** Reminds `daysBefore` days before the event, at `atHour` o'clock local time. */
export type IcsAlarm = { daysBefore: number; atHour: number; description: string };

export type IcsCalendar = {
  /** PRODID: who made the file, e.g. -//政策快讯助手//Deadlines//ZH. */
  productId: string;
  /** X-WR-CALNAME: the name calendar apps give the imported calendar. */
  name: string;
  /** DTSTAMP of every event: when the file was made. */
  stamp: Date;
  events: readonly IcsEvent[];
};

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_OCTETS = 75;

/** The calendar as the text of an .ics file. */
export function buildIcs(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function eventLines(event: IcsEvent, stamp: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(event.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  // URI values are not TEXT: no escaping (a comma in a URL stays a comma).
  if (event.url) lines.push(`URL:${event.url}`);
  // A deadline is a reminder, not a meeting: it does not make the day look busy.
  lines.push('TRANSP:TRANSPARENT');
  if (event.alarm) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.alarm.description)}`,
      `TRIGGER;RELATED=START:${alarmTrigger(event.alarm)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and newlines as \n. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line (RFC 5545 §3.1): after at most 75 octets of UTF-8 a CRLF and a
 * space, which itself counts towards the next line's 75. A character is never split
 * across lines (a 汉字 is 3 octets; an emoji 4, and its surrogate pair stays together).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character);
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Octets of one code point in UTF-8. */
function utf8Length(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateParts(iso: string): [number, number, number] {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** 2018-12-31 → 20181231. */
function icsDate(iso: string): string {
  dateParts(iso);
  return iso.replace(/-/g, '');
}

/** The calendar day after `iso` (2018-12-31 → 2019-01-01). */
export function nextDay(iso: string): string {
  const [year, month, day] = dateParts(iso);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** A moment in UTC as DTSTAMP wants it: 20181210T083000Z. */
function utcStamp(moment: Date): string {
  return moment.toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

/** A negative duration before the day's start: 3 days before at 09:00 is -P2DT15H. */
function alarmTrigger(alarm: IcsAlarm): string {
  const hours = alarm.daysBefore * 24 - alarm.atHour;
  if (hours <= 0) return 'PT0S';
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return `-P${days > 0 ? `${days}D` : ''}${rest > 0 ? `T${rest}H` : ''}`;
}
