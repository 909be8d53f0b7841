// Importing a 客户台账 over the client list: a known name updates its client without
// losing what the consultant typed in the app; a new name is a new client.
import { describe, expect, it } from 'vitest';
import type { Client } from '../../../shared/model/library.ts';
import { mergeClientValues, planClientImport } from '../../../shared/spreadsheet/client-merge.ts';
import { readClientTable } from '../../../shared/spreadsheet/client-rows.ts';

const existing: Client = {
  id: 'c-1',
  name: '北京清澄环境设备有限公司',
  region: { province: '北京', city: '北京', district: '大兴区' },
  industry: '环保装备制造',
  qualifications: ['高新技术企业'],
  size: 'small',
  foundedYear: 2010,
  keywords: ['MBR'],
  contactPerson: '王工',
  notes: '老客户',
  reminderDays: 14,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

describe('planClientImport', () => {
  it('updates a client of the same name (width and spaces aside), creates the others, skips what cannot be read', () => {
    const table = readClientTable([
      ['企业名称', '资质', '关键词', '规模', '备注'],
      ['北京清澄环境设备有限公司 ', '专精特新', 'MBR、膜生物反应器', '', '2024年新签'],
      ['新客户有限公司', '', '', '中型', ''],
      ['', '高企', '', '', ''],
    ]);
    const steps = planClientImport(table.rows, [existing]);
    expect(steps.map((s) => s.action)).toEqual(['update', 'create', 'skip']);
    const update = steps[0];
    if (update?.action !== 'update') throw new Error('expected an update');
    expect(update.clientId).toBe('c-1');
    expect(update.changed).toEqual(['qualifications', 'keywords', 'notes']);
    expect(update.values).toMatchObject({
      name: existing.name,
      region: existing.region,
      industry: '环保装备制造',
      qualifications: ['高新技术企业', '专精特新'],
      size: 'small',
      keywords: ['MBR', '膜生物反应器'],
      contactPerson: '王工',
      notes: '老客户\n2024年新签',
    });
  });

  it('says unchanged when the sheet adds nothing', () => {
    const table = readClientTable([
      ['企业名称', '资质', '规模'],
      ['北京清澄环境设备有限公司', '高新技术企业', '小型'],
    ]);
    expect(planClientImport(table.rows, [existing]).map((s) => s.action)).toEqual(['unchanged']);
  });

  it('takes the sheet region only when it names one, and a note once', () => {
    const merged = mergeClientValues(existing, { ...existing, region: { province: '', city: '', district: '' }, notes: '老客户' });
    expect(merged.region).toEqual(existing.region);
    expect(merged.notes).toBe('老客户');
    expect(mergeClientValues(existing, { ...existing, region: { province: '河北', city: '廊坊', district: '' } }).region).toEqual({ province: '河北', city: '廊坊', district: '' });
  });
});
