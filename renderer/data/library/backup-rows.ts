// The rows of a backup file, checked before anything is restored. A backup edited by hand
// (a field deleted or retyped, a notice removed while a tag still points at it, a row
// count fixed up to match) would otherwise restore and break the screens later. Each
// table's rows must have the fields the app reads, of the right type, and every reference
// between the consultant's tables must land on a row of the file.
import { COMPANY_SIZES } from '../../../shared/match/vocabulary.ts';

export type RowProblem = { table: string; id: unknown; field: string };

type Rows = Record<string, readonly Record<string, unknown>[]>;

/** A global id (shared/model/ids.ts): the file is a backup of this version's library, or was upgraded to it. */
const isId = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isText = (value: unknown): boolean => typeof value === 'string';
const isFilledText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';
const isIdList = (value: unknown): boolean => Array.isArray(value) && value.every(isId);
const isTextList = (value: unknown): boolean => Array.isArray(value) && value.every(isText);
/** A client's size: a code (a backup before version 11 held words; it is upgraded before this check), or none. */
const isSize = (value: unknown): boolean => value === null || value === undefined || COMPANY_SIZES.some((size) => size === value);
const isDate = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value));

/** Per table: each field the app relies on, and what it must hold. */
const FIELDS: Record<string, Record<string, (value: unknown) => boolean>> = {
  bulletins: { id: isId, fileName: isText, contentHash: isFilledText, noticeIds: isIdList, importedAt: isFilledText },
  notices: { id: isId, title: isFilledText, agencies: isTextList, sourceBulletinIds: isIdList, titleDateKey: isFilledText, date: isDate, deadline: isDate },
  noticeBodies: { id: isId, body: isTextList },
  clients: { id: isId, name: isFilledText, qualifications: isTextList, size: isSize },
  tags: { id: isId, clientId: isId, noticeId: isId },
  briefings: { id: isId, clientId: isId, noticeIds: isIdList },
  // The bytes arrive in the file's own encoding (base64 with a type mark), revived on import.
  briefingFiles: { id: isId, bytes: (value) => value !== null && value !== undefined },
  dismissals: { id: isId, clientId: isId, noticeId: isId },
  originals: { id: isId, text: isText },
};

/** References between tables: each must name a row of the target table in the same file. */
const REFERENCES: { table: string; field: string; target: string }[] = [
  { table: 'bulletins', field: 'noticeIds', target: 'notices' },
  { table: 'notices', field: 'sourceBulletinIds', target: 'bulletins' },
  { table: 'noticeBodies', field: 'id', target: 'notices' },
  { table: 'tags', field: 'clientId', target: 'clients' },
  { table: 'tags', field: 'noticeId', target: 'notices' },
  { table: 'dismissals', field: 'clientId', target: 'clients' },
  { table: 'briefings', field: 'clientId', target: 'clients' },
  { table: 'briefingFiles', field: 'id', target: 'briefings' },
  { table: 'originals', field: 'id', target: 'bulletins' },
];

/** The first row that is not as the app wrote it, or null. Tables not in the file are not checked. */
export function firstRowProblem(rows: Rows): RowProblem | null {
  for (const [table, fields] of Object.entries(FIELDS)) {
    for (const row of rows[table] ?? []) {
      for (const [field, valid] of Object.entries(fields)) {
        if (!valid(row[field])) return { table, id: row['id'], field };
      }
    }
  }
  const ids = new Map(Object.entries(rows).map(([table, list]) => [table, new Set(list.map((row) => row['id']))]));
  for (const { table, field, target } of REFERENCES) {
    const known = ids.get(target);
    if (!known || !(table in rows)) continue;
    for (const row of rows[table] ?? []) {
      const value = row[field];
      const named = Array.isArray(value) ? value : [value];
      if (!named.every((id) => known.has(id))) return { table, id: row['id'], field };
    }
  }
  return null;
}
