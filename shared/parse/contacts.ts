// 联系人: who to call about a notice. Printed in many ways:
//   单位：… / 联系人：胡志霞 / 联系电话：0351-6819959 / 邮箱：…      (one field a line)
//   赵波静 电话：82004299                                          (name, then phone)
//   省经信委投资处：唐国锋，联系电话：0571-87052923；                (unit：name, phone)
//   申报材料报送电话：曹然 82176966，胡熙 82176996                   (several on a line)
//   省科技厅基础研究处  肖育雷  郭举 / 电话：0351-4049920            (a unit, names, one phone)
//   联系人：郁小宇电话：0531-86915301                               (no separator at all)
//   （联系电话：010-68205544）                                      (a phone alone)
// Contact paragraphs are read as a stream of unit, name, phone and e-mail tokens,
// which are then grouped into contacts.
import type { Contact } from '../model/notice.ts';

type Token = { kind: 'unit' | 'name' | 'phone' | 'email'; value: string };

const PHONE = /(?:\(?0\d{2,3}\)?[-－—]?)?\d{7,8}(?:[-－—转]\d{1,5})?|1[3-9]\d{9}|400-?\d{3}-?\d{4}/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const HAS_PHONE = new RegExp(PHONE.source);
const HAS_EMAIL = new RegExp(EMAIL.source);
const CONTACT_WORD = /联系|电话|手机|邮箱|E-?mail|传真/i;
/** `四、联系方式`, `联系人：` standing alone: the lines below are contacts. */
const HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])?\s*联系(?:方式|人|电话)\s*[:：]?$/;
const UNIT_LINE = /^(?:联系)?单位\s*[:：]\s*\S/;
const NAME = /^[\u4e00-\u9fff]{2,4}$/;
// What the name of an office ends with: 处, 科, 中心, 公司, 平台, 学院 ….
const UNIT_LAST = new Set('部委局厅办室会院处科所司组站');
const UNIT_LAST_TWO = new Set(['中心', '公司', '平台', '大学']);

function endsLikeUnit(word: string): boolean {
  return UNIT_LAST.has(word.charAt(word.length - 1)) || UNIT_LAST_TWO.has(word.slice(-2));
}
const UNIT_LABEL = /^(?:联系)?(?:单位|部门|处室)$/;
const NAME_LABEL = /^(?:联系人|联系人员)$/;
const PHONE_LABEL = /电话|手机|联系方式/;
// Words that stand where a name could but are not names.
const NOT_NAME = /电话|联系|咨询|地址|邮箱|电子|传真|手机|办公|时间|系统|网上|业务|技术|举报|投诉|报送|申报|材料|方式|特此/;
// Breaks between fields: a comma or semicolon, spaces before a label, or nothing at
// all before a label that follows a name (`郁小宇电话：`); never inside 联系电话 or 电子邮箱.
const FIELD_BREAK = /[，,；;]\s*|\s+(?=[^\s:：]{1,12}[:：])|(?<=[\u4e00-\u9fff])(?<!电子|联系|咨询|办公|投诉|系统)(?=(?:联系)?电话[:：]|(?:电子)?邮箱[:：]|手机[:：]|传真[:：])/;
const MAX_CONTACT_PARAGRAPH = 120;

function phoneToken(text: string): Token | null {
  const phones = text.match(PHONE);
  if (!phones) return null;
  // Numbers on one line belong to one person: keep them as printed together.
  return { kind: 'phone', value: phones.join(text.includes('/') ? '/' : ' ') };
}

function labelledTokens(label: string, value: string): Token[] {
  const v = value.trim();
  if (UNIT_LABEL.test(label)) return v ? [{ kind: 'unit', value: v }] : [];
  if (NAME_LABEL.test(label)) {
    return v
      .split(/[、，,\s]+/)
      .filter((name) => NAME.test(name) && !NOT_NAME.test(name))
      .map((name) => ({ kind: 'name', value: name }));
  }
  const emails = v.match(EMAIL);
  if (emails) return emails.map((email) => ({ kind: 'email', value: email }));
  if (PHONE_LABEL.test(label) || HAS_PHONE.test(v)) {
    // `电话：曹然 82176966`: a name may come before the number.
    const tokens: Token[] = [];
    const name = /^([\u4e00-\u9fff]{2,4})\s*(?=[\d(（])/.exec(v)?.[1];
    if (name && !NOT_NAME.test(name)) tokens.push({ kind: 'name', value: name });
    const phone = phoneToken(v);
    if (phone) tokens.push(phone);
    return tokens;
  }
  // `省经信委投资处：唐国锋`
  if (endsLikeUnit(label) && NAME.test(v) && !NOT_NAME.test(label)) {
    return [{ kind: 'unit', value: label }, { kind: 'name', value: v }];
  }
  return [];
}

function paragraphTokens(paragraph: string): Token[] {
  const text = paragraph.replace(/^[（(](.*)[)）]$/, '$1').replace(/[；;。]+$/, '');
  const tokens: Token[] = [];
  for (const field of text.split(FIELD_BREAK)) {
    const m = /^([^:：]{1,20})[:：](.*)$/.exec(field.trim());
    if (m) {
      tokens.push(...labelledTokens((m[1] ?? '').replace(/\s+/g, ''), m[2] ?? ''));
      continue;
    }
    // No label: `赵波静` before `电话：…`, `胡熙 82176996` after a comma, or
    // `省科技厅基础研究处 肖育雷 郭举`.
    for (const word of field.trim().split(/\s+/)) {
      const phone = phoneToken(word);
      if (phone) tokens.push(phone);
      else if (NAME.test(word) && !NOT_NAME.test(word) && !endsLikeUnit(word)) tokens.push({ kind: 'name', value: word });
      else if (/^[\u4e00-\u9fff]{3,30}$/.test(word) && endsLikeUnit(word) && !NOT_NAME.test(word)) tokens.push({ kind: 'unit', value: word });
    }
  }
  return tokens;
}

function isContactParagraph(paragraph: string): boolean {
  if (paragraph.length > MAX_CONTACT_PARAGRAPH) return false;
  if (UNIT_LINE.test(paragraph) || /^联系人\s*[:：]\s*\S/.test(paragraph)) return true;
  return CONTACT_WORD.test(paragraph) && (HAS_PHONE.test(paragraph) || HAS_EMAIL.test(paragraph));
}

/** Groups tokens: a unit holds until the next unit; a phone goes to every name still without one. */
function group(tokens: readonly Token[]): Contact[] {
  const contacts: Contact[] = [];
  let unit: string | null = null;
  let current: Contact | null = null;
  let withoutPhone: Contact[] = [];
  const start = (): Contact => {
    const contact: Contact = { name: null, unit, phone: null, email: null };
    contacts.push(contact);
    return contact;
  };
  for (const token of tokens) {
    switch (token.kind) {
      case 'unit':
        unit = token.value;
        current = start();
        withoutPhone = [];
        break;
      case 'name':
        if (current === null || current.name !== null || current.phone !== null || current.email !== null) current = start();
        current.name = token.value;
        withoutPhone.push(current);
        break;
      case 'phone':
        if (current === null || current.phone !== null) current = start();
        for (const contact of withoutPhone) contact.phone ??= token.value;
        current.phone = token.value;
        withoutPhone = [];
        break;
      case 'email':
        if (current === null || current.email !== null) current = start();
        current.email = token.value;
        break;
    }
  }
  return contacts.filter((c) => c.name !== null || c.phone !== null || c.email !== null);
}

export function findContacts(paragraphs: readonly string[]): Contact[] {
  const tokens: Token[] = [];
  let underHeading = false;
  for (const paragraph of paragraphs) {
    if (HEADING.test(paragraph)) {
      underHeading = true;
    } else if (isContactParagraph(paragraph)) {
      tokens.push(...paragraphTokens(paragraph));
    } else if (underHeading && /^[\u4e00-\u9fff\s（）()]{2,60}$/.test(paragraph)) {
      // `省科技厅基础研究处  肖育雷  郭举` under `四、联系方式`.
      tokens.push(...paragraphTokens(paragraph));
    } else if (!/^地址\s*[:：]/.test(paragraph)) {
      underHeading = false;
    }
  }
  return group(tokens);
}
