// `npm run -s cli -- match --client CLIENT.json FILE...` on the real bulletins.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BULLETIN_000, BULLETIN_002, BULLETIN_003, bulletinPath } from '../../../../support/bulletins.ts';
import { runCli } from '../../../../support/run-cli.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'cli-match-'));
function clientFile(client: object): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(client));
  return file;
}
const FILES = [BULLETIN_000, BULLETIN_002, BULLETIN_003].map((name) => bulletinPath(name));
const GREEN = { name: '北京绿源科技有限公司', region: { province: '北京市', city: '' }, industry: '节能环保', qualifications: ['高新技术企业'] };

type Row = { title: string; docNumber: string | null; score: number; excluded?: boolean; reasons: { kind: string; text: string; evidence: string | null }[] };

describe('cli match', () => {
  it('--json: the suggested notices best first with reasons and their sentences; no other region', () => {
    const result = runCli(['match', '--client', clientFile(GREEN), ...FILES, '--json', '--today', '2018-12-01']);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as Row[];
    expect(rows.map((r) => r.title)).toEqual([
      '北京市关于进一步加强绿色政府采购有关事项的通知',
      '关于进一步深化生态环境监管服务推动经济高质量发展的意见',
      '关于印发《绿色制造标准体系建设指南》的通知',
    ]);
    expect(rows[0]).toMatchObject({ docNumber: '京财采购〔2018〕2593号', score: 60, reasons: [{ kind: 'region', text: '地区：北京市' }, { kind: 'industry', text: '行业：节能环保' }] });
    expect(rows.map((r) => r.score)).toEqual([...rows.map((r) => r.score)].sort((a, b) => b - a));
    for (const row of rows) expect(row.excluded).toBeUndefined();
  });

  it('--all adds the excluded notices with their reason; --limit cuts the suggestions', () => {
    const all = JSON.parse(runCli(['match', '--client', clientFile(GREEN), ...FILES, '--json', '--all']).stdout) as Row[];
    expect(all).toHaveLength(24);
    const shanxi = all.find((r) => r.title.startsWith('山西关于做好全省小微企业'));
    expect(shanxi).toMatchObject({ excluded: true, score: 0, reasons: [{ kind: 'excluded', text: '仅限山西省企业' }] });
    expect(shanxi?.reasons[0]?.evidence).toContain('在我省行政区域内注册');
    const one = JSON.parse(runCli(['match', '--client', clientFile(GREEN), ...FILES, '--json', '--limit', '1']).stdout) as Row[];
    expect(one).toHaveLength(1);
  });

  it('prints a readable list, and refuses a bad client file with the reason', () => {
    const text = runCli(['match', '--client', clientFile(GREEN), bulletinPath(BULLETIN_000), '--today', '2018-12-01']);
    expect(text.stdout).toContain('为「北京绿源科技有限公司」匹配 9 条通知：推荐 1 条');
    expect(text.stdout).toContain('理由：地区：北京市 · 行业：节能环保');
    const bad = runCli(['match', '--client', clientFile({ region: {} }), bulletinPath(BULLETIN_000)]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('name');
    const missing = runCli(['match', bulletinPath(BULLETIN_000)]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('用法');
    const badSize = runCli(['match', '--client', clientFile({ ...GREEN, size: 'huge' }), bulletinPath(BULLETIN_000)]);
    expect(badSize.code).toBe(1);
    expect(badSize.stderr).toContain('size');
  });

  it('reads the size as a code: a notice only for 小微企业 is not for a large company', () => {
    const large = { name: '山西重工集团', region: { province: '山西省' }, industry: '装备制造', qualifications: ['规上企业'], size: 'large' };
    const rows = JSON.parse(runCli(['match', '--client', clientFile(large), ...FILES, '--json', '--all', '--today', '2018-12-01']).stdout) as Row[];
    expect(rows.find((r) => r.title.startsWith('山西省关于进一步促进小微工业企业'))).toMatchObject({ excluded: true, reasons: [{ kind: 'excluded', text: '仅限小微企业' }] });
  });

  it('reads a file written before codes (tags, the size in words) as the same client', () => {
    const now = { name: '太原晋兴小微制造有限公司', region: { province: '山西省', city: '太原市' }, industry: '装备制造', qualifications: ['民营企业', '小微企业'], size: 'small', keywords: ['挂牌'] };
    const { qualifications, ...rest } = now;
    const before = { ...rest, tags: qualifications, size: '小型' };
    const args = [...FILES, '--json', '--all', '--today', '2018-12-01'];
    const read = runCli(['match', '--client', clientFile(now), ...args]);
    const older = runCli(['match', '--client', clientFile(before), ...args]);
    expect(read.code).toBe(0);
    expect(older.code).toBe(0);
    expect(older.stdout).toBe(read.stdout);
    expect((JSON.parse(read.stdout) as Row[]).some((r) => r.reasons.some((reason) => reason.text === '资质：民营企业'))).toBe(true);
  });
});
