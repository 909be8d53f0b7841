import { describe, expect, it } from 'vitest';
import { bulletinIdFor, compareIds, newRecordId, newerImportFirst, noticeIdFor } from '../../../shared/model/ids.ts';
import { stableHash64 } from '../../../shared/text/stable-hash.ts';

describe('global ids', () => {
  it("a notice's id comes from its 文号 key, else its title and date, the same on every run", () => {
    const byDoc = noticeIdFor({ docKey: '工信部联节(2016)304号', titleDateKey: '关于…|2016-09-20' });
    expect(byDoc).toMatch(/^n-[0-9a-f]{16}$/);
    // The title does not matter once there is a 文号; it does without one.
    expect(noticeIdFor({ docKey: '工信部联节(2016)304号', titleDateKey: '别的标题|2016-09-21' })).toBe(byDoc);
    const byTitle = noticeIdFor({ docKey: null, titleDateKey: '关于…|2016-09-20' });
    expect(byTitle).not.toBe(byDoc);
    expect(noticeIdFor({ docKey: null, titleDateKey: '关于…|2016-09-21' })).not.toBe(byTitle);
    // A known value: the hash must never change between releases (ids are stored and shared).
    expect(stableHash64('doc:工信部联节(2016)304号')).toBe(byDoc.slice(2));
    expect(stableHash64('')).toBe(stableHash64(''));
    expect(stableHash64('a')).not.toBe(stableHash64('b'));
  });

  it('an id already taken moves on to -2, -3, …', () => {
    const identity = { docKey: null, titleDateKey: '同名|2020-01-01' };
    const base = noticeIdFor(identity);
    const taken = new Set([base, `${base}-2`]);
    expect(noticeIdFor(identity, (id) => taken.has(id))).toBe(`${base}-3`);
  });

  it('a file is named by its content hash; records the consultant makes get random ids of their kind', () => {
    expect(bulletinIdFor('ab'.repeat(32))).toBe(`b-${'ab'.repeat(16)}`);
    const ids = new Set(Array.from({ length: 200 }, () => newRecordId('client')));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^c-[0-9a-f]{32}$/);
    expect(newRecordId('tag')).toMatch(/^t-/);
    expect(newRecordId('dismissal')).toMatch(/^d-/);
    expect(newRecordId('briefing')).toMatch(/^r-/);
  });

  it('ties are broken in a fixed order: ids as text, newer import first', () => {
    expect(['n-b', 'n-a', 'n-c'].sort(compareIds)).toEqual(['n-a', 'n-b', 'n-c']);
    const older = { id: 'n-z', importedAt: '2024-01-01T00:00:00.000Z' };
    const newer = { id: 'n-a', importedAt: '2025-01-01T00:00:00.000Z' };
    expect([older, newer].sort(newerImportFirst)).toEqual([newer, older]);
  });
});
