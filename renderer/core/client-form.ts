// The 新建客户 / 编辑客户 form as data: its empty state, how a stored client fills it,
// and what must be fixed before it can be saved. In core because more than the 客户
// screen fills it: the tag dialog's quick add checks a new name the same way, and a
// client's region is printed the same on its page, in the tag dialog and on a briefing.
import type { ClientId } from '../../shared/model/ids.ts';
import type { Client } from '../../shared/model/library.ts';
import { zh } from '../platform/i18n/index.ts';
import type { ClientInput } from '../data/library/index.ts';

export const EMPTY_CLIENT: ClientInput = {
  name: '',
  region: { province: '', city: '', district: '' },
  industry: '',
  qualifications: [],
  size: null,
  foundedYear: null,
  keywords: [],
  contactPerson: '',
  notes: '',
  reminderDays: null,
};

export function clientInput(client: Client): ClientInput {
  const { name, region, industry, qualifications, size, foundedYear, keywords, contactPerson, notes, reminderDays } = client;
  return { name, region: { ...region }, industry, qualifications: [...qualifications], size, foundedYear, keywords: [...keywords], contactPerson, notes, reminderDays: reminderDays ?? null };
}

export type ClientFormErrors = { name?: string };

/** Problems that keep the form from saving: no name, or the name of another client. */
export function validateClient(input: ClientInput, others: readonly Client[], editingId: ClientId | null): ClientFormErrors {
  const name = input.name.trim();
  if (name === '') return { name: zh.clients.form.nameRequired };
  if (others.some((client) => client.id !== editingId && client.name.trim() === name)) return { name: zh.clients.form.nameTaken(name) };
  return {};
}

/** 北京 海淀区, or null when neither is given (what a briefing's cover prints). */
export function regionText(region: Client['region']): string | null {
  const text = [region.province, region.city, region.district].filter((part) => part.trim() !== '').join(' ');
  return text === '' ? null : text;
}
