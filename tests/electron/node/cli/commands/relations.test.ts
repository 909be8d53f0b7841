// `npm run -s cli -- relations FILE...` on the real bulletins and a bulletin of documents they cite.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BULLETIN_000, BULLETIN_002, BULLETIN_003, bulletinPath } from '../../../../support/bulletins.ts';
import { runCli } from '../../../../support/run-cli.ts';

const CITED = path.resolve(import.meta.dirname, '../../../../fixtures/relations/cited-documents.txt');
const FILES = [BULLETIN_000, BULLETIN_002, BULLETIN_003].map((name) => bulletinPath(name));

type Row = {
  title: string;
  docNumber: string | null;
  validity: { status: string; reason: string };
  cites: { title: string | null; docNumber: string | null; relation: string | null; inLibrary: { title: string } | null }[];
  citedBy: { title: string }[];
};

function relations(...args: string[]): Row[] {
  const result = runCli(['relations', ...args, '--json', '--today', '2026-12-03']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Row[];
}

describe('cli relations', () => {
  it('--json: every notice with what it cites, as the contract says', () => {
    const rows = relations(...FILES);
    expect(rows).toHaveLength(24);
    const shandong = rows.find((r) => r.title.startsWith('山东省关于做好2019年度节能专项资金'));
    expect(shandong?.cites).toEqual([
      { title: '山东省“十三五”节能减排综合工作方案', docNumber: '鲁政发〔2017〕15号', relation: '依据', inLibrary: null },
      { title: '山东省深入推进工业绿动力计划加快新旧动能转换的实施意见', docNumber: '鲁经信资〔2017〕364号', relation: '依据', inLibrary: null },
      { title: '山东省节能专项资金管理办法', docNumber: '鲁财工〔2017〕52号', relation: '依据', inLibrary: null },
    ]);
    expect(shandong?.validity).toEqual({ status: '未知', reason: '未载明施行日期或有效期，库中也没有废止它的通知' });
    const plan = rows.find((r) => r.title.startsWith('北京市关于印发《“贯标100”'));
    expect(plan?.validity).toEqual({ status: '已失效', reason: '有效期至2020年12月31日，已过期' });
  });

  it('links across the files both ways and marks the repealed notice', () => {
    const rows = relations(CITED, bulletinPath(BULLETIN_003));
    const ministry = rows.find((r) => r.docNumber === '工信厅节函〔2016〕586号');
    expect(ministry?.citedBy.map((c) => c.title)).toEqual([
      '关于印发《淮北市绿色工厂建设评价和管理办法（试行）》的通知',
      '重庆市关于市级第二批绿色制造体系示范名单的公示',
      '关于印发淮北市绿色工厂评价管理暂行办法的通知',
    ]);
    const old = rows.find((r) => r.docNumber === '淮经信节能〔2018〕77号');
    expect(old?.validity.status).toBe('已废止');
    expect(old?.validity.reason).toContain('淮经信节能〔2019〕79号');
    const repealer = rows.find((r) => r.docNumber === '淮经信节能〔2019〕79号');
    expect(repealer?.cites.find((c) => c.relation === '废止')?.inLibrary).toEqual({ title: old?.title });
    // In the other order the same links.
    const reversed = relations(bulletinPath(BULLETIN_003), CITED);
    expect(reversed.find((r) => r.docNumber === '淮经信节能〔2018〕77号')).toEqual(old);
  });

  it('prints a readable report, and refuses no files', () => {
    const text = runCli(['relations', CITED, bulletinPath(BULLETIN_003), '--today', '2026-12-03']);
    expect(text.stdout).toContain('时效：已废止（已被《关于印发淮北市绿色工厂评价管理暂行办法的通知》（淮经信节能〔2019〕79号）废止，2019年9月4日起）');
    expect(text.stdout).toContain('引用 [废止] 《淮北市绿色工厂建设评价和管理办法（试行）》（淮经信节能〔2018〕77号） → 见：');
    const none = runCli(['relations']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('用法');
  });
});
