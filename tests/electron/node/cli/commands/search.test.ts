// `cli search`: reads bulletin and single-notice files, indexes them and prints ranked results.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchCommand } from '../../../../../electron/node/cli/commands/search.ts';
import type { CliIo } from '../../../../../electron/node/cli/command.ts';
import { BULLETIN_DIR, BULLETIN_FILES } from '../../../../support/bulletin-docs.ts';

const files = BULLETIN_FILES.map((file) => resolve(BULLETIN_DIR, file));

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const io: CliIo = { out: (line) => lines.push(line), err: (line) => lines.push(line) };
  const code = await searchCommand.run(args, io);
  return { code, out: lines.join('\n') };
}

describe('cli search', () => {
  it('prints the results as JSON with the agreed fields', async () => {
    const { code, out } = await run(['工信部联节[2016]304号', ...files, '--json', '--limit', '2']);
    expect(code).toBe(0);
    const results = JSON.parse(out) as Record<string, unknown>[];
    expect(results.length).toBeGreaterThanOrEqual(1);
    expect(results.length).toBeLessThanOrEqual(2);
    expect(Object.keys(results[0] ?? {})).toEqual(['title', 'docNumber', 'category', 'date', 'score', 'snippet', 'exact']);
    expect(results[0]).toMatchObject({ title: '关于印发《绿色制造标准体系建设指南》的通知', docNumber: '工信部联节〔2016〕304号', category: '绿色制造', date: '2016-09-07' });
    expect(typeof results[0]?.['score']).toBe('number');
    expect(typeof results[0]?.['snippet']).toBe('string');
  });

  it('prints readable ranked results with a snippet', async () => {
    const { code, out } = await run(['危险化学品搬迁', ...files]);
    expect(code).toBe(0);
    expect(out).toContain('1. [绿色制造] 关于加强长江经济带工业绿色发展的指导意见');
    expect(out).toContain('危险化学品搬迁');
  });

  it('indexes a notice printed in two files once', async () => {
    const { out } = await run(['电子营业执照', files[0] ?? '', files[0] ?? '', '--json']);
    const titles = (JSON.parse(out) as { title: string }[]).map((r) => r.title);
    expect(titles.filter((t) => t.includes('电子营业执照管理办法'))).toHaveLength(1);
  });

  it('says what else it searched for and marks results that lack a word', async () => {
    const { out } = await run(['发改委 绿色制造', ...files]);
    expect(out).toContain('也搜索了：');
    expect(out).toContain('发展改革委');
    const partial = await run(['绿色制造 长江经济带 摇号', ...files, '--json']);
    const results = JSON.parse(partial.out) as { title: string; lacking?: string[] }[];
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]?.lacking).toEqual(['摇号']);
    expect((await run(['绿色制造 长江经济带 摇号', ...files])).out).toContain('（缺少：摇号）');
  });

  it('reads a single notice, as parse does', async () => {
    const single = resolve(import.meta.dirname, '../../../../fixtures/real/c-ndrc-youzhi-qiye-zhaiquan-2018-wx.txt');
    const { out } = await run(['发改财金1806号', single, '--json']);
    expect((JSON.parse(out) as { docNumber: string }[])[0]?.docNumber).toBe('发改财金〔2018〕1806号');
  });

  it('refuses missing arguments and a bad --limit with a usage line', async () => {
    await expect(run(['绿色'])).rejects.toThrow('用法');
    await expect(run(['绿色', ...files, '--limit', '0'])).rejects.toThrow('--limit');
    await expect(run(['绿色', ...files, '--color'])).rejects.toThrow('未知选项');
  });
});
