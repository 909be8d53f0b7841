// 联系人: who to call about a notice. Printed in many ways:
//   单位：… / 联系人：胡志霞 / 联系电话：0351-6819959 / 邮箱：…      (one field a line)
//   赵波静 电话：82004299                                          (name, then phone)
//   省经信委投资处：唐国锋，联系电话：0571-87052923；                (unit：name, phone)
//   申报材料报送电话：曹然 82176966，胡熙 82176996                   (several on a line)
//   省科技厅基础研究处  肖育雷  郭举 / 电话：0351-4049920            (a unit, names, one phone)
//   （联系电话：010-68205544）                                      (a phone alone)
// The text is read as a stream of unit, name, phone and e-mail tokens; a contact is
// closed when a field it already has comes again.
import type { Contact } from '../model/notice.ts';

type Token = { kind: 'unit' | 'name' | 'phone' | 'email'; value: string };

const KEYWORDS = /联系人|联系电话|电话|手机|邮箱|E-?mail|传真|联系方式/i;
const HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])?\s*联系(?:方式|人|电话)\s*[:：]?$/;
const PHONE = /(?:\(?0\d{2,3}\)?[-－—\s]?)?\d{7,8}(?:[-－—转]\d{1,5})?|1[3-9]\d{9}|400[-\s]?\d{3}[-\s]?\d{4}/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const NAME = /^[\u4e00-\u9fff]{2,4}$/;
const UNIT_END = /(?:部|委|局|厅|办|室|会|院|处|科|中心|所|司|组|站|公司|平台|大学|学院)$/;
const UNIT_LABEL = /^(?:单位|联系单位|部门|受理单位)$/;
const NAME_LABEL = /^(?:联系人|联系人员|咨询人)$/;
// Words that sit where a name could be but are not names.
const NOT_NAME = /电话|联系|咨询|地址|邮箱|传真|手机|办公|时间|系统|网上|业务|技术|举报|投诉|报送|申报|材料|方式/;

function phoneTokens(text: string): Token[] {
  const phones = (text.match(PHONE) ?? []).map((p) => p.trim());
  if (phones.length === 0) return [];
  // Numbers joined by / or spaces on one line belong to one person.
  return [{ kind: 'phone', value: phones.join(/\//.test(text) ? '/' : ' ') }];
}

/** Tokens of one `label：value` field or one free-standing piece. */
function fieldTokens(label: string, value: string): Token[] {
  const tokens: Token[] = [];
  const cleanLabel = label.replace(/\s+/g, '');
  const emails = value.match(EMAIL) ?? [];
  if (UNIT_LABEL.test(cleanLabel)) return [{ kind: 'unit', value: value.trim() }];
  if (NAME_LABEL.test(cleanLabel)) {
    for (const name of value.split(/[、，,\s]+/)) if (NAME.test(name)) tokens.push({ kind: 'name', value: name });
    return tokens;
  }
  if (emails.length > 0) return emails.map((value) => ({ kind: 'email', value }));
  if (/电话|手机|联系方式/.test(cleanLabel) || PHONE.test(value)) {
    PHONE.lastIndex = 0;
    // `电话：曹然 82176966，胡熙 82176996`: name and number pairs.
    for (const piece of value.split(/[，,；;]/)) {
      const name = /^\s*([\u4e00-\u9fff]{2,4})\s*(?=[\d(（])/.exec(piece)?.[1];
      if (name && !NOT_NAME.test(name)) tokens.push({ kind: 'name', value: name });
      tokens.push(...phoneTokens(piece));
    }
    return tokens;
  }
  if (cleanLabel !== '' && UNIT_END.test(cleanLabel) && NAME.test(value.trim())) {
    return [{ kind: 'unit', value: cleanLabel }, { kind: 'name', value: value.trim() }];
  }
  return tokens;
}

/** Splits a contact paragraph into `label：value` fields. */
function paragraphTokens(paragraph: string): Token[] {
  const text = paragraph.replace(/^[（(]|[)）]$/g, '').replace(/[；;。]+$/, '');
  const tokens: Token[] = [];
  // Fields are separated by commas or by the next label.
  const fields = text.split(/[，,；;]\s*(?=[^，,；;]*[:：])|\s+(?=(?:联系)?电话|(?:电子)?邮箱|E-?mail|传真|手机)|(?<=\S)(?=(?:联系)?电话[:：]|(?:电子)?邮箱[:：])/i);
  for (const field of fields) {
    const m = /^([^:：]{0,20})[:：](.*)$/.exec(field.trim());
    if (m) {
      tokens.push(...fieldTokens(m[1] ?? '', m[2] ?? ''));
      continue;
    }
    // No label: `赵波静` before `电话：…`, or `省科技厅基础研究处  肖育雷  郭举`.
    for (const word of field.trim().split(/\s+/)) {
      if (NAME.test(word) && !NOT_NAME.test(word) && !UNIT_END.test(word)) tokens.push({ kind: 'name', value: word });
      else if (/^[\u4e00-\u9fff]{3,30}$/.test(word) && UNIT_END.test(word)) tokens.push({ kind: 'unit', value: word });
    }
  }
  return tokens;
}

function isContactParagraph(paragraph: string): boolean {
  return paragraph.length <= 120 && KEYWORDS.test(paragraph) && (PHONE.test(paragraph) || EMAIL.test(paragraph) || /联系人\s*[:：]\s*\S/.test(paragraph));
}

function buildContacts(tokens: readonly Token[]): Contact[] {
  const contacts: Contact[] = [];
  let current: Contact | null = null;
  // Names still waiting for a phone number: `肖育雷 郭举` then one `电话`.
  let waiting: Contact[] = [];
  const start = (unit: string | null): Contact => {
    const contact: Contact = { name: null, unit, phone: null, email: null };
    contacts.push(contact);
    return contact;
  };
  for (const token of tokens) {
    if (token.kind === 'unit') {
      current = start(token.value);
      waiting = [];
    } else if (token.kind === 'name') {
      if (current === null || current.name !== null || current.phone !== null || current.email !== null) {
        current = start(current?.phone === null && current.name !== null ? current.unit : (current?.name === null ? current.unit : null));
        if (contacts.length >= 2 && contacts[contacts.length - 2]?.phone === null) waiting.push(contacts[contacts.length - 2] as Contact);
        else waiting = [];
      }
      current.name = token.value;
    } else if (token.kind === 'phone') {
      if (current === null || current.phone !== null) current = start(current?.unit ?? null);
      current.phone = token.value;
      for (const contact of waiting) contact.phone ??= token.value;
      waiting = [];
    } else {
      if (current === null || current.email !== null) current = start(current?.unit ?? null);
      current.email = token.value;
    }
  }
  return contacts.filter((c) => c.name !== null || c.phone !== null || c.email !== null);
}

export function findContacts(paragraphs: readonly string[]): Contact[] {
  const tokens: Token[] = [];
  let underHeading = false;
  for (const paragraph of paragraphs) {
    PHONE.lastIndex = 0;
    EMAIL.lastIndex = 0;
    if (HEADING.test(paragraph)) {
      underHeading = true;
      continue;
    }
    const contact = isContactParagraph(paragraph);
    PHONE.lastIndex = 0;
    EMAIL.lastIndex = 0;
    if (contact || (underHeading && /^[\u4e00-\u9fff\s（）()]{2,60}$/.test(paragraph))) {
      tokens.push(...paragraphTokens(paragraph));
      underHeading = underHeading && !contact ? true : underHeading;
    } else {
      underHeading = false;
    }
  }
  return buildContacts(tokens);
}
