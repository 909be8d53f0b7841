import '../../../support/browser-globals.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { exportDB } from 'dexie-export-import';
import { Dexie } from 'dexie';
import type { LibraryDb } from '../../../../renderer/data/library/db.ts';
import {
  createClient,
  exportBackup,
  inspectBackup,
  isLibraryEmpty,
  recordBriefing,
  restoreBackup,
  saveProfile,
  saveSearchIndex,
  storeBulletin,
  tagNotices,
  dismissSuggestion,
  catchUpNoticeFeatures,
  catchUpNoticeRelations,
  changeHead,
  type RestoreProgress,
} from '../../../../renderer/data/library/index.ts';
import { GREEN, LICENCE, PROCUREMENT, bulletinFile, dumpLibrary, freshLibrary, logAfter, notice } from '../../../support/library-helpers.ts';
import { CURRENT_SCHEMA_VERSION } from '../../../../renderer/data/library/schema.ts';
import { messageOf } from '../../../../renderer/core/error-text.ts';

const open: LibraryDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});
async function library(version?: number): Promise<LibraryDb> {
  const db = await freshLibrary(version);
  open.push(db);
  return db;
}

/** Every table of the consultant's data; the derived search index is left out of backups. */
async function dataOf(db: LibraryDb): Promise<Record<string, unknown[]>> {
  const { searchIndex: _derived, noticeFeatures: _features, noticeRelations: _relations, ...data } = await dumpLibrary(db);
  return data;
}

/** A library with a row in every table. */
async function filled(): Promise<LibraryDb> {
  const db = await library();
  const a = await storeBulletin(db, { ...bulletinFile('a.txt', [GREEN, LICENCE]), original: { text: '快讯全文', html: null } });
  await storeBulletin(db, bulletinFile('b.txt', [GREEN, PROCUREMENT]));
  if (a.status !== 'added') throw new Error('import failed');
  const client = await createClient(db, {
    name: '北京绿源科技有限公司', region: { province: '北京', city: '北京', district: '' }, industry: '节能环保', qualifications: ['高新技术企业'], size: 'small', foundedYear: null, keywords: [], contactPerson: '王经理', notes: '备注',
  });
  await tagNotices(db, { clientIds: [client.id], noticeIds: a.addedNoticeIds, note: '重点', relevance: 'high' });
  await dismissSuggestion(db, client.id, a.addedNoticeIds[0] ?? '');
  // Derived, as the match and search workers keep them: left out of backups like the search index.
  await catchUpNoticeFeatures(db);
  await catchUpNoticeRelations(db);
  await recordBriefing(db, { clientId: client.id, title: '十二月简报', template: 'standard', fileName: '简报.docx', noticeIds: a.addedNoticeIds, issue: { year: 2024, number: 1 } }, new Uint8Array([80, 75, 3, 4, 0, 255]));
  await saveProfile(db, { name: '张三', company: '北京关键要素科技有限公司', phone: '010-1', email: 'z@example.cn' });
  await saveSearchIndex(db, { key: 'notices', formatVersion: 3, noticeCount: 3, bytes: new Uint8Array([0, 1, 254, 255]), updatedAt: '2024-01-01T00:00:00.000Z' }, 0);
  const dump = await dumpLibrary(db);
  for (const [table, rows] of Object.entries(dump)) expect(rows.length, table).toBeGreaterThan(0);
  return db;
}

describe('backup and restore', () => {
  it('export → wipe → restore gives every data table back identical; the search index is left to be rebuilt', async () => {
    const db = await filled();
    const before = await dataOf(db);
    const blob = await exportBackup(db);
    await Promise.all(db.tables.map((t) => t.clear()));
    const from = await changeHead(db);
    const info = await restoreBackup(db, blob, { mode: 'into-empty' });
    expect(info.rowCounts.notices).toBe(3);
    expect(await dataOf(db)).toEqual(before);
    expect(await db.searchIndex.count()).toBe(0);
    // One `reset` per table in the restore's transaction, no row per restored key: every
    // consumer (search index, relations, matching) rebuilds from the restored rows.
    const logged = await logAfter(db, from);
    expect(logged.every((row) => row.kind === 'reset' && row.keys.length === 0)).toBe(true);
    expect(logged.map((row) => row.table)).toEqual(expect.arrayContaining(['notices', 'clients', 'tags', 'bulletins']));
    expect(new Set(logged.map((row) => row.table)).size).toBe(logged.length);
    // A client made after the restore gets a new random id, none of the restored ones.
    const c = await createClient(db, { name: '新客户', region: { province: '', city: '', district: '' }, industry: '', qualifications: [], size: null, foundedYear: null, keywords: [], contactPerson: '', notes: '' });
    expect(c.id).toMatch(/^c-[0-9a-f]{32}$/);
    expect((before.clients as { id: string }[]).map((row) => row.id)).not.toContain(c.id);
  });

  it('restores into another, empty library (a new computer)', async () => {
    const db = await filled();
    const blob = await exportBackup(db);
    const other = await library();
    await restoreBackup(other, blob, { mode: 'into-empty' });
    expect(await dataOf(other)).toEqual(await dataOf(db));
  });

  it('never mixes two libraries: into-empty refuses a library with data, replace swaps it whole', async () => {
    const source = await filled();
    const blob = await exportBackup(source);
    const target = await library();
    await storeBulletin(target, bulletinFile('own.txt', [PROCUREMENT], 'own-hash'));
    const before = await dumpLibrary(target);
    const refusal: unknown = await restoreBackup(target, blob, { mode: 'into-empty' }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: 'backup-not-empty' });
    expect(messageOf(refusal)).toContain('当前资料库中已有数据');
    expect(await dumpLibrary(target)).toEqual(before);
    await restoreBackup(target, blob, { mode: 'replace' });
    expect(await dataOf(target)).toEqual(await dataOf(source));
  });

  it('refuses a wrong file, another app\'s export, a newer version and corrupt JSON, changing nothing', async () => {
    const db = await filled();
    const before = await dumpLibrary(db);
    const good = await (await exportBackup(db)).text();
    // A row boundary past the middle: garbage there breaks the JSON, not just a string in it.
    const cut = good.indexOf('},{', good.length / 2) + 2;

    const otherApp = new Dexie(`other-app-${Date.now()}`);
    otherApp.version(1).stores({ todos: '++id, done' });
    await otherApp.table('todos').add({ title: '买牛奶', done: 0 });
    const otherExport = await exportDB(otherApp);
    otherApp.close();

    const cases: [string, Blob, string, string][] = [
      ['a text file', new Blob(['这不是备份']), 'backup-invalid', '不是政策快讯助手的备份文件'],
      ['broken JSON', new Blob(['{"formatName":"dexie","data":{"databaseName":']), 'backup-invalid', '备份文件'],
      ['JSON of something else', new Blob([JSON.stringify({ hello: 'world' })]), 'backup-invalid', '不是政策快讯助手的备份文件'],
      ['another app’s Dexie export', otherExport, 'backup-other-app', '别的应用'],
      ['a newer version', new Blob([good.replace(/"databaseVersion":\d+/, '"databaseVersion":99')]), 'backup-newer-version', '更新版本'],
      // The header is fine; the rows break off in the middle of the notices.
      ['a file cut off halfway', new Blob([good.slice(0, Math.floor(good.length * 0.6))]), 'backup-failed', '不完整或已损坏'],
      // Garbage in the middle of the rows (a damaged disk or a bad copy).
      ['garbage halfway', new Blob([`${good.slice(0, cut)}}}]]@@#{{${good.slice(cut)}`]), 'backup-failed', '不完整或已损坏'],
    ];
    for (const [label, blob, code, words] of cases) {
      for (const mode of ['replace', 'into-empty'] as const) {
        const error: unknown = await restoreBackup(db, blob, { mode }).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, `${label} (${mode})`).toMatchObject({ code: mode === 'into-empty' && code === 'backup-failed' ? 'backup-not-empty' : code });
        if (mode === 'replace') expect(messageOf(error), label).toContain(words);
        expect(await dumpLibrary(db), `${label} (${mode})`).toEqual(before);
      }
    }
  });

  it('refuses a backup edited by hand (a field emptied or retyped, a row removed with its count fixed), changing nothing', async () => {
    const db = await filled();
    const before = await dumpLibrary(db);
    const good = JSON.parse(await (await exportBackup(db)).text()) as { data: { data: { tableName: string; rows: Record<string, unknown>[] }[]; tables: { name: string; rowCount: number }[] } };
    const edited = (edit: (tables: Record<string, Record<string, unknown>[]>) => void, table?: string) => {
      const copy = structuredClone(good);
      edit(Object.fromEntries(copy.data.data.map((t) => [t.tableName, t.rows])));
      // Someone careful fixes the announced row counts too.
      for (const t of copy.data.tables) t.rowCount = copy.data.data.find((d) => d.tableName === t.name)?.rows.length ?? t.rowCount;
      if (table) expect(copy.data.data.some((t) => t.tableName === table)).toBe(true);
      return new Blob([JSON.stringify(copy)]);
    };
    const cases: [string, Blob, RegExp][] = [
      ['a title emptied', edited((t) => void ((t.notices?.[0] ?? {}).title = '')), /“通知”中编号为 n-[0-9a-f]{16} 的记录，字段 title/],
      ['sources retyped', edited((t) => void ((t.notices?.[1] ?? {}).sourceBulletinIds = '1,2')), /“通知”中编号为 n-[0-9a-f]{16} 的记录，字段 sourceBulletinIds/],
      ['a tagged notice removed', edited((t) => {
        const tagged = t.tags?.[0]?.noticeId;
        const remove = (rows: Record<string, unknown>[] | undefined) => rows?.splice(rows.findIndex((n) => n.id === tagged), 1);
        remove(t.notices);
        remove(t.noticeBodies);
        for (const b of t.bulletins ?? []) b.noticeIds = (b.noticeIds as string[]).filter((id) => id !== tagged);
      }), /“客户关联”中编号为 t-[0-9a-f]{32} 的记录，字段 noticeId/],
      ['a size written as a word in a current backup', edited((t) => void ((t.clients?.[0] ?? {}).size = '小型')), /“客户”中编号为 c-[0-9a-f]{32} 的记录，字段 size/],
      ['qualifications renamed back to tags', edited((t) => {
        const client = t.clients?.[0] ?? {};
        client.tags = client.qualifications;
        delete client.qualifications;
      }), /“客户”中编号为 c-[0-9a-f]{32} 的记录，字段 qualifications/],
    ];
    for (const [label, blob, says] of cases) {
      const error: unknown = await restoreBackup(db, blob, { mode: 'replace' }).then(() => null, (e: unknown) => e);
      expect(error, label).toMatchObject({ code: 'backup-invalid', problem: { what: 'rows' } });
      expect(messageOf(error), label).toMatch(says);
      expect(messageOf(error), label).toContain('已拒绝恢复');
      expect(await dumpLibrary(db), label).toEqual(before);
    }
  });

  it('reports how far a restore has come: reading, then rows written up to every row of the file', async () => {
    const db = await library();
    // Bulletins of 500 notices each: enough rows that the writing is reported in steps.
    for (let b = 0; b < 4; b++) {
      const notices = Array.from({ length: 500 }, (_, i) => notice({ title: `关于第${b}期第${i}项工作的通知`, date: '2019-01-01', body: ['正文'.repeat(200)] }));
      await storeBulletin(db, bulletinFile(`${b}.txt`, notices));
    }
    const backup = await exportBackup(db);
    const other = await library();
    const seen: RestoreProgress[] = [];
    const info = await restoreBackup(other, backup, { mode: 'into-empty', onProgress: (progress) => seen.push(progress) });
    const total = Object.values(info.rowCounts).reduce((sum, n) => sum + n, 0);
    expect(seen[0]).toEqual({ stage: 'reading' });
    const writing = seen.filter((p): p is Extract<RestoreProgress, { stage: 'writing' }> => p.stage === 'writing');
    expect(writing.length).toBeGreaterThan(2);
    expect(writing.every((p, i) => p.total === total && (i === 0 || p.rows >= (writing[i - 1]?.rows ?? 0)))).toBe(true);
    expect(writing.at(-1)?.rows).toBe(total);
    expect(await other.notices.count()).toBe(2000);
  });

  it('the search index is derived: not in a backup, and a library holding only it is empty', async () => {
    const db = await filled();
    const json = JSON.parse(await (await exportBackup(db)).text()) as { data: { tables: { name: string }[] } };
    expect(json.data.tables.map((t) => t.name)).not.toContain('searchIndex');
    expect(json.data.tables.map((t) => t.name)).not.toContain('noticeFeatures');
    expect(json.data.tables.map((t) => t.name)).not.toContain('noticeRelations');
    expect(json.data.tables.map((t) => t.name)).toContain('notices');

    const fresh = await library();
    await saveSearchIndex(fresh, { key: 'notices', formatVersion: 3, noticeCount: 0, bytes: new Uint8Array([1]), updatedAt: '2024-01-01T00:00:00.000Z' }, 0);
    expect(await isLibraryEmpty(fresh)).toBe(true);
    await restoreBackup(fresh, await exportBackup(db), { mode: 'into-empty' });
    expect(await dataOf(fresh)).toEqual(await dataOf(db));
    expect(await isLibraryEmpty(fresh)).toBe(false);
  });

  it('a backup that still carries the search index (made before it was left out) restores without it', async () => {
    const db = await filled();
    const withIndex = await exportDB(db);
    expect(await withIndex.text()).toContain('"searchIndex"');
    const other = await library();
    await restoreBackup(other, withIndex, { mode: 'into-empty' });
    expect(await dataOf(other)).toEqual(await dataOf(db));
    expect(await other.searchIndex.count()).toBe(0);
  });

  it('inspects a backup without touching anything', async () => {
    const db = await filled();
    const info = await inspectBackup(await exportBackup(db));
    expect(info).toMatchObject({ schemaVersion: CURRENT_SCHEMA_VERSION, rowCounts: { bulletins: 2, notices: 3, clients: 1, tags: 2 } });
  });

  it('a backup made by schema version 1 is upgraded on the way in', async () => {
    const old = await library(1);
    await old.table('clients').add({
      name: '老客户', region: { province: '山西', city: '太原' }, industry: '', tags: ['专精特新'], contactPerson: '', notes: '', createdAt: 'x', updatedAt: 'x',
    });
    await old.table('notices').add({
      title: '山西关于做好全省小微企业挂牌“晋兴板”奖励资金申报工作的通知', category: '项目申报', docNumber: null, agencies: [], date: null, url: null,
      links: [], deadline: null, attachments: [], contacts: [], citedDocNumbers: [], docKey: null, titleKey: 't', titleDateKey: 't|', year: null,
      sourceBulletinIds: [], bodyLength: 0, importedAt: 'x', updatedAt: 'x',
    });
    const blob = await exportDB(old);
    const db = await library();
    expect((await inspectBackup(blob)).schemaVersion).toBe(1);
    await restoreBackup(db, blob, { mode: 'into-empty' });
    const [client] = await db.clients.toArray();
    expect(client).toMatchObject({ name: '老客户', qualifications: ['专精特新'], size: null });
    expect(client).not.toHaveProperty('tags');
    expect(await db.notices.toArray()).toMatchObject([{ province: '山西' }]);
    expect((await Dexie.getDatabaseNames()).filter((n) => n.includes('restore'))).toEqual([]);
  });

  it('a backup made before version 11 (a client\'s tags, its size in words) restores in the new shape', async () => {
    const old = await library(10);
    await old.table('clients').add({
      id: 'c-0123456789abcdef0123456789abcdef', name: '北京绿源科技有限公司', region: { province: '北京', city: '', district: '' }, industry: '节能环保',
      tags: ['高新技术企业', '瞪羚企业'], size: '小型', foundedYear: 2012, keywords: ['绿色工厂'], contactPerson: '', notes: '', createdAt: 'x', updatedAt: 'x',
    });
    const blob = await exportDB(old);
    expect((await inspectBackup(blob)).schemaVersion).toBe(10);
    const db = await library();
    await restoreBackup(db, blob, { mode: 'into-empty' });
    const [client] = await db.clients.toArray();
    expect(client).toMatchObject({ id: 'c-0123456789abcdef0123456789abcdef', qualifications: ['高新技术企业', '瞪羚企业'], size: 'small', keywords: ['绿色工厂'] });
    expect(client).not.toHaveProperty('tags');
    // Found by the new index; a backup of it carries the new shape.
    expect(await db.clients.where('qualifications').equals('瞪羚企业').count()).toBe(1);
    expect(await (await exportBackup(db)).text()).toContain('"qualifications":["高新技术企业","瞪羚企业"]');
  });

  it('a backup made by schema version 10 brings its tags (then the assignments table) back as tags', async () => {
    const old = await library(10);
    const stored = await storeBulletin(old, bulletinFile('a.txt', [GREEN, LICENCE]));
    if (stored.status !== 'added') throw new Error('import failed');
    const [green = '', licence = ''] = stored.addedNoticeIds;
    await old.table('clients').add({
      id: 'c-1', name: '老客户', region: { province: '山西', city: '太原', district: '' }, industry: '', tags: [], size: null, foundedYear: null, keywords: [], contactPerson: '', notes: '', createdAt: 'x', updatedAt: 'x',
    });
    const tags = [
      { id: 'a-1', clientId: 'c-1', noticeId: green, note: '重点', relevance: 'high', taggedAt: 'x' },
      { id: 'a-2', clientId: 'c-1', noticeId: licence, note: '', relevance: 'low', taggedAt: 'x' },
    ];
    await old.table('assignments').bulkAdd(tags);
    // The relations table of that version was derived: in the file or not, it is not restored.
    // eslint-disable-next-line no-restricted-syntax -- the name an older version gave this table or field
    await old.table('noticeRefs').add({ id: green, version: 3, title: 'x', docNumber: null, date: null, province: null, refs: { citations: [], ownKeys: [] }, citedKeys: [] });
    const blob = await exportDB(old, { skipTables: ['searchIndex', 'noticeFeatures', 'changes', 'cursors'] });
    // eslint-disable-next-line no-restricted-syntax -- the name an older version gave this table or field
    expect((await inspectBackup(blob)).rowCounts).toMatchObject({ assignments: 2, noticeRefs: 1 });
    const db = await library();
    await restoreBackup(db, blob, { mode: 'into-empty' });
    expect(await db.tags.toArray()).toEqual(tags);
    expect(await db.noticeRelations.count()).toBe(0);
    expect(await db.notices.count()).toBe(2);
    expect((await Dexie.getDatabaseNames()).filter((n) => n.includes('restore'))).toEqual([]);
  });
});
