// Client companies. Deleting a client never deletes a notice: only its tags and its
// briefing history go with it.
import type { Client } from '../../../shared/model/library.ts';
import { newRecordId, type ClientId } from '../../../shared/model/ids.ts';
import type { LibraryDb } from './db.ts';
import { LibraryError } from './errors.ts';
import { companySizeOf } from '../../../shared/match/vocabulary.ts';

/** What the 新建客户 / edit form supplies. */
export type ClientInput = Omit<Client, 'id' | 'createdAt' | 'updatedAt'>;

import { MAX_REMINDER_DAYS } from '../../../shared/calendar/reminders.ts';

const collator = new Intl.Collator('zh-CN');

/** Every client, by name (Chinese collation: pinyin order). */
export async function listClients(db: LibraryDb): Promise<Client[]> {
  return (await db.clients.toArray()).sort((a, b) => collator.compare(a.name, b.name));
}

export function getClient(db: LibraryDb, id: ClientId): Promise<Client | undefined> {
  return db.clients.get(id);
}

export async function createClient(db: LibraryDb, input: ClientInput): Promise<Client> {
  const clean = cleanInput(input);
  const now = new Date().toISOString();
  const client: Client = { ...clean, id: newRecordId('client'), createdAt: now, updatedAt: now };
  await db.transaction('rw', db.clients, async () => {
    await refuseTakenName(db, clean.name, null);
    await db.clients.add(client);
  });
  return client;
}

export async function updateClient(db: LibraryDb, id: ClientId, patch: Partial<ClientInput>): Promise<Client> {
  const updated = await db.transaction('rw', db.clients, async () => {
    const client = await db.clients.get(id);
    if (!client) throw new LibraryError({ code: 'not-found', what: 'client' });
    const next: Client = { ...client, ...cleanInput({ ...client, ...patch }), id, updatedAt: new Date().toISOString() };
    await refuseTakenName(db, next.name, id);
    await db.clients.put(next);
    return next;
  });
  return updated;
}

/** What a 客户台账 import writes: new clients, and existing ones with their merged values. */
export type ClientImportWrite = { create: ClientInput[]; update: { id: ClientId; input: Partial<ClientInput> }[] };

/**
 * Creates and updates clients in one transaction: the whole sheet or nothing. A name
 * taken meanwhile (another window) fails it with the name, as the form does.
 */
export async function importClients(db: LibraryDb, write: ClientImportWrite): Promise<{ created: Client[]; updated: Client[] }> {
  const now = new Date().toISOString();
  return db.transaction('rw', db.clients, async () => {
    const created: Client[] = [];
    const updated: Client[] = [];
    for (const input of write.create) {
      const clean = cleanInput(input);
      await refuseTakenName(db, clean.name, null);
      const client: Client = { ...clean, id: newRecordId('client'), createdAt: now, updatedAt: now };
      await db.clients.add(client);
      created.push(client);
    }
    for (const { id, input } of write.update) {
      const client = await db.clients.get(id);
      if (!client) throw new LibraryError({ code: 'not-found', what: 'client' });
      const next: Client = { ...client, ...cleanInput({ ...client, ...input }), id, updatedAt: now };
      await refuseTakenName(db, next.name, id);
      await db.clients.put(next);
      updated.push(next);
    }
    return { created, updated };
  });
}

/** Deletes the client, its tags and its briefing history; the notices stay. */
export async function deleteClient(db: LibraryDb, id: ClientId): Promise<{ removedTags: number; removedBriefings: number }> {
  const result = await db.transaction('rw', [db.clients, db.tags, db.briefings, db.briefingFiles, db.dismissals], async () => {
    const tagged = await db.tags.where('clientId').equals(id).toArray();
    const removedTags = tagged.length;
    await db.tags.bulkDelete(tagged.map((a) => a.id));
    const briefingIds = await db.briefings.where('clientId').equals(id).primaryKeys();
    await db.briefingFiles.bulkDelete(briefingIds);
    const removedBriefings = await db.briefings.where('clientId').equals(id).delete();
    await db.dismissals.where('clientId').equals(id).delete();
    await db.clients.delete(id);
    return { removedTags, noticeIds: tagged.map((a) => a.noticeId), removedBriefings };
  });
  return { removedTags: result.removedTags, removedBriefings: result.removedBriefings };
}

/**
 * Two clients of one name could not be told apart in the tag dialog, the briefing's
 * client list or the search filter; the form says so first, and this holds for every writer.
 */
async function refuseTakenName(db: LibraryDb, name: string, ownId: ClientId | null): Promise<void> {
  const holders = await db.clients.where('name').equals(name).primaryKeys();
  if (holders.some((holder) => holder !== ownId)) throw new LibraryError({ code: 'invalid-input', what: 'client-name-taken', name });
}

function cleanInput(input: ClientInput): ClientInput {
  const name = input.name.trim();
  if (name === '') throw new LibraryError({ code: 'invalid-input', what: 'client-name-empty' });
  const qualifications = [...new Set(input.qualifications.map((q) => q.trim()).filter((q) => q !== ''))];
  const keywords = [...new Set(input.keywords.map((k) => k.trim()).filter((k) => k !== ''))];
  const year = input.foundedYear;
  const foundedYear = typeof year === 'number' && Number.isInteger(year) && year >= 1800 && year <= 2200 ? year : null;
  return {
    name,
    region: { province: input.region.province.trim(), city: input.region.city.trim(), district: input.region.district.trim() },
    industry: input.industry.trim(),
    qualifications,
    // A size code, else none.
    size: companySizeOf(input.size),
    foundedYear,
    keywords,
    contactPerson: input.contactPerson.trim(),
    notes: input.notes,
    // Absent or out of range: the default lead time (see shared/calendar/reminders.ts).
    reminderDays: typeof input.reminderDays === 'number' && Number.isInteger(input.reminderDays) && input.reminderDays >= 0 && input.reminderDays <= MAX_REMINDER_DAYS ? input.reminderDays : null,
  };
}
