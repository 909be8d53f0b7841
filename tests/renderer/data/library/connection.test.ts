import '../../../support/browser-globals.ts';
// Two windows on one library: a newer release opening it makes the older connection
// close for good and say so; an older connection that holds on makes the newer one's
// opening wait, and say so. Nothing is written by the old code after the upgrade.
import type { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDb, openLibrary, type ConnectionEvent } from '../../../../renderer/data/library/db.ts';
import { CURRENT_SCHEMA_VERSION } from '../../../../renderer/data/library/schema.ts';
import { storeBulletin } from '../../../../renderer/data/library/store-bulletin.ts';
import { GREEN, bulletinFile } from '../../../support/library-helpers.ts';

let counter = 0;
const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const uniqueName = () => `connection-${process.pid}-${++counter}`;

/** The same library as a release with one more schema version would open it. */
class NewerRelease extends LibraryDb {
  constructor(name: string) {
    super(name);
    this.version(CURRENT_SCHEMA_VERSION + 1).stores({ futureTable: 'id' });
  }
}

describe('the library connection', () => {
  it('steps aside for a newer release: closes, says it is superseded, and never reopens to write', async () => {
    const name = uniqueName();
    const events: ConnectionEvent[] = [];
    const old = await openLibrary(name, (event) => events.push(event));
    opened.push(old);
    await storeBulletin(old, bulletinFile('a.txt', [GREEN]));

    const newer = new NewerRelease(name);
    opened.push(newer);
    await newer.open();

    expect(events).toEqual(['superseded']);
    expect(old.isOpen()).toBe(false);
    await expect(old.bulletins.count()).rejects.toThrow(/closed/i);
    expect(newer.verno).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(await newer.notices.count()).toBe(1);
  });

  it('waits, saying so, while an older window holds the library open', async () => {
    const name = uniqueName();
    // An older window whose connection ignores the request to close (raw IndexedDB).
    const olderVersion = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const events: ConnectionEvent[] = [];
    const opening = openLibrary(name, (event) => events.push(event));
    await expect.poll(() => events).toEqual(['blocked']);
    olderVersion.close();
    const db = await opening;
    opened.push(db);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
  });
});
