// The library database. Only the repository files in this folder touch its tables; the
// UI and the other areas call the repository functions (see index.ts).
import { Dexie, type Table } from 'dexie';
import type {
  Tag,
  BriefingFile,
  BriefingRecord,
  ChangeRecord,
  Client,
  CursorRecord,
  Dismissal,
  NoticeBody,
  NoticeFeaturesRecord,
  NoticeRelationsRecord,
  NoticeSummary,
  SearchIndexRecord,
  SettingRecord,
  StoredBulletin,
  StoredOriginal,
} from '../../../shared/model/library.ts';
import { installChangeLog } from './change-log.ts';
import { CURRENT_SCHEMA_VERSION, declareSchema } from './schema.ts';

/** A search index as stored: its bytes in a Blob (persisted-index.ts says why), or a Uint8Array when saved before. */
export type StoredSearchIndex = Omit<SearchIndexRecord, 'bytes'> & { bytes: Blob | Uint8Array };

/** The IndexedDB name the app uses. Tests open other names. */
export const LIBRARY_NAME = 'policy-brief-desk';

export class LibraryDb extends Dexie {
  declare bulletins: Table<StoredBulletin, string>;
  declare notices: Table<NoticeSummary, string>;
  declare noticeBodies: Table<NoticeBody, string>;
  declare clients: Table<Client, string>;
  declare tags: Table<Tag, string>;
  declare briefings: Table<BriefingRecord, string>;
  declare briefingFiles: Table<BriefingFile, string>;
  declare settings: Table<SettingRecord, string>;
  declare searchIndex: Table<StoredSearchIndex, string>;
  declare noticeFeatures: Table<NoticeFeaturesRecord, string>;
  declare noticeRelations: Table<NoticeRelationsRecord, string>;
  declare dismissals: Table<Dismissal, string>;
  declare originals: Table<StoredOriginal, string>;
  /** The change log: a row per write (its keys), in the writing transaction (change-log.ts). */
  declare changes: Table<ChangeRecord, number>;
  /** How far each consumer of the change log has applied it. */
  declare cursors: Table<CursorRecord, string>;

  private readonly connectionListeners = new Set<(event: ConnectionEvent) => void>();

  /** `schemaVersion` below the current one is for upgrade tests only. */
  constructor(name: string = LIBRARY_NAME, schemaVersion: number = CURRENT_SCHEMA_VERSION) {
    super(name);
    declareSchema(this, schemaVersion);
    installChangeLog(this);
    // Another window or tab opens the library with a newer schema (a newer release) or
    // deletes it. This connection steps aside for good: it closes and does not reopen
    // (Dexie would reopen it on the next query, with a schema that is no longer the
    // library's), and the UI asks to reload, so old code never writes to new data.
    this.on('versionchange', () => {
      this.close({ disableAutoOpen: true });
      this.announce('superseded');
      // Dexie calls the latest subscriber first; false stops its own default, which would
      // close with auto-reopen on.
      return false;
    });
    // Our own opening (an upgrade) waits for an older window that keeps the library open.
    this.on('blocked', () => this.announce('blocked'));
  }

  /** Tells `listener` when this connection is superseded or its opening is blocked; returns the unsubscribe. */
  onConnection(listener: (event: ConnectionEvent) => void): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  private announce(event: ConnectionEvent): void {
    for (const listener of this.connectionListeners) listener(event);
  }
}

/**
 * `superseded`: closed because another window opened a newer schema (reload to go on);
 * `blocked`: opening waits until other windows holding an older schema close.
 */
export type ConnectionEvent = 'superseded' | 'blocked';

/**
 * Opens (creating or upgrading as needed) the library database. `onConnection` hears of
 * a blocked opening while it waits, and later of the connection being superseded.
 */
export async function openLibrary(name: string = LIBRARY_NAME, onConnection?: (event: ConnectionEvent) => void): Promise<LibraryDb> {
  const db = new LibraryDb(name);
  if (onConnection) db.onConnection(onConnection);
  await db.open();
  return db;
}
