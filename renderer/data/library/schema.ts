// The list of schema versions, oldest first. Append a new version file here; never edit
// an old one (see versions/schema-version.ts).
import type { Dexie } from 'dexie';
import type { SchemaVersion } from './versions/schema-version.ts';
import { v1 } from './versions/v1.ts';
import { v2 } from './versions/v2.ts';
import { v3 } from './versions/v3.ts';
import { v4 } from './versions/v4.ts';
import { v5 } from './versions/v5.ts';
import { v6 } from './versions/v6.ts';
import { v7 } from './versions/v7.ts';
import { v8 } from './versions/v8.ts';
import { v9 } from './versions/v9.ts';
import { v10 } from './versions/v10.ts';
import { v11 } from './versions/v11.ts';
import { v12 } from './versions/v12.ts';
import { v13 } from './versions/v13.ts';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

/**
 * Declares the versions up to `upTo` on `db`. Declaring fewer than all is how the upgrade
 * tests make a database as an older release of the app made it.
 */
export function declareSchema(db: Dexie, upTo: number = CURRENT_SCHEMA_VERSION): void {
  for (const version of SCHEMA_VERSIONS) {
    if (version.version > upTo) break;
    const declared = db.version(version.version).stores(version.stores);
    const { upgrade } = version;
    if (upgrade) declared.upgrade((tx) => upgrade(tx));
  }
}

/**
 * Tables the app rebuilds from the others (the persisted search index, the notices'
 * matching features and relations). They are not the consultant's data: a library holding only these is empty, and backups leave them
 * out (the index is large and is rebuilt after a restore).
 */
export const DERIVED_TABLES: readonly string[] = ['searchIndex', 'noticeFeatures', 'noticeRelations'];

/**
 * The change log and its consumers' positions: this machine's bookkeeping of what the
 * derived tables have caught up with. Never in a backup, never cleared by a restore (a
 * restore appends its own `reset` rows, and the sequence goes on growing).
 */
export const LOG_TABLES: readonly string[] = ['changes', 'cursors'];
