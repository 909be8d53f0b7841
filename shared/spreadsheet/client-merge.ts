// What importing a 客户台账 does to the client list: a row whose name is a client's already
// updates that client, others are new. Updating never loses what the consultant typed
// in the app: an empty cell keeps the client's value, lists (资质, 关键词) are joined, and
// a note already there is kept with the sheet's note after it.
import type { Client } from '../model/library.ts';
import type { ClientId } from '../model/ids.ts';
import type { ClientRow, ClientRowProblem, ClientRowValues } from './client-rows.ts';

export type ClientField = Exclude<keyof ClientRowValues, 'name'>;

export type ClientImportStep =
  | { row: number; action: 'create'; values: ClientRowValues; problems: ClientRowProblem[] }
  | { row: number; action: 'update'; clientId: ClientId; values: ClientRowValues; changed: ClientField[]; problems: ClientRowProblem[] }
  | { row: number; action: 'unchanged'; clientId: ClientId; name: string; problems: ClientRowProblem[] }
  | { row: number; action: 'skip'; problems: ClientRowProblem[] };

/** The name as clients are told apart: width folded, spaces dropped. */
export function clientNameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '');
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** The client's values with the row's laid over them. */
export function mergeClientValues(client: ClientRowValues, row: ClientRowValues): ClientRowValues {
  const notes = row.notes === '' || client.notes.includes(row.notes) ? client.notes : client.notes === '' ? row.notes : `${client.notes}\n${row.notes}`;
  return {
    name: client.name,
    region: row.region.province !== '' || row.region.city !== '' ? row.region : client.region,
    industry: row.industry || client.industry,
    qualifications: union(client.qualifications, row.qualifications),
    size: row.size ?? client.size,
    foundedYear: row.foundedYear ?? client.foundedYear,
    keywords: union(client.keywords, row.keywords),
    contactPerson: row.contactPerson || client.contactPerson,
    notes,
  };
}

const FIELDS: readonly ClientField[] = ['region', 'industry', 'qualifications', 'size', 'foundedYear', 'keywords', 'contactPerson', 'notes'];

function changedFields(before: ClientRowValues, after: ClientRowValues): ClientField[] {
  return FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/** One step per row read: create, update (with the fields that change), unchanged or skip. */
export function planClientImport(rows: readonly ClientRow[], clients: readonly Client[]): ClientImportStep[] {
  const byName = new Map(clients.map((client) => [clientNameKey(client.name), client]));
  return rows.map((row): ClientImportStep => {
    if (!row.values) return { row: row.row, action: 'skip', problems: row.problems };
    const existing = byName.get(clientNameKey(row.values.name));
    if (!existing) return { row: row.row, action: 'create', values: row.values, problems: row.problems };
    const merged = mergeClientValues(existing, row.values);
    const changed = changedFields(existing, merged);
    if (changed.length === 0) return { row: row.row, action: 'unchanged', clientId: existing.id, name: existing.name, problems: row.problems };
    return { row: row.row, action: 'update', clientId: existing.id, values: merged, changed, problems: row.problems };
  });
}
