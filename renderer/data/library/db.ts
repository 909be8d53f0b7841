// The library database. Only the repository files in this folder touch its tables; the
// UI and the other areas call the repository functions (see index.ts).
import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  Assignment,
  BriefingRecord,
  Client,
  Dismissal,
  NoticeBody,
  NoticeFeaturesRecord,
  NoticeRefsRecord,
  NoticeSummary,
  SearchIndexRecord,
  SettingRecord,
  StoredBulletin,
} from '../../../shared/model/library.ts';
import { ChangeFeed } from './changes.ts';
import { CURRENT_SCHEMA_VERSION, declareSchema } from './schema.ts';

/** The IndexedDB name the app uses. Tests open other names. */
export const LIBRARY_NAME = 'policy-brief-desk';

export class LibraryDb extends Dexie {
  declare bulletins: EntityTable<StoredBulletin, 'id'>;
  declare notices: EntityTable<NoticeSummary, 'id'>;
  declare noticeBodies: Table<NoticeBody, number>;
  declare clients: EntityTable<Client, 'id'>;
  declare assignments: EntityTable<Assignment, 'id'>;
  declare briefings: EntityTable<BriefingRecord, 'id'>;
  declare settings: Table<SettingRecord, string>;
  declare searchIndex: Table<SearchIndexRecord, string>;
  declare noticeFeatures: Table<NoticeFeaturesRecord, number>;
  declare noticeRefs: Table<NoticeRefsRecord, number>;
  declare dismissals: EntityTable<Dismissal, 'id'>;

  /** Committed changes, for the search index and open screens (see changes.ts). */
  readonly changes = new ChangeFeed();

  /** `schemaVersion` below the current one is for upgrade tests only. */
  constructor(name: string = LIBRARY_NAME, schemaVersion: number = CURRENT_SCHEMA_VERSION) {
    super(name);
    declareSchema(this, schemaVersion);
  }
}

/** Opens (creating or upgrading as needed) the library database. */
export async function openLibrary(name: string = LIBRARY_NAME): Promise<LibraryDb> {
  const db = new LibraryDb(name);
  await db.open();
  return db;
}
