// The single-notice test set (tests/fixtures/single): web pages, an MHTML, a GB2312 page,
// Word (.docx, .doc), PDF, WeChat copies, a forward, a digest, a GB18030 text and a news
// report that is no notice. Each goes through the real command line (`parse FILE
// --json`) and is scored by the team's ../shared/tools/score-parse.mjs against
// tests/labels/single-notice-labels.json; together they must score ≥ 98%.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCORE_TOOL } from '../../support/shared-inputs.ts';
import { repoRoot } from '../../support/bulletins.ts';
import { runCli } from '../../support/run-cli.ts';

type LabelledFile = { file: string; kind: 'notice' | 'notices' | 'not-notice'; notices: { title: string }[] };

const FIXTURES = path.join(repoRoot, 'tests/fixtures/single');
const labels = JSON.parse(readFileSync(path.join(repoRoot, 'tests/labels/single-notice-labels.json'), 'utf8')) as { files: LabelledFile[] };
const notices = labels.files.filter((f) => f.kind !== 'not-notice');
const workDir = mkdtempSync(path.join(tmpdir(), 'single-score-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const totals = { right: 0, total: 0, misses: [] as string[] };

describe('the single-notice test set', () => {
  it('has at least 12 inputs, of every kind the issue names', () => {
    expect(labels.files.length).toBeGreaterThanOrEqual(12);
    const extensions = new Set(labels.files.map((f) => path.extname(f.file)));
    for (const ext of ['.html', '.mhtml', '.docx', '.pdf', '.doc', '.txt']) expect(extensions).toContain(ext);
    expect(labels.files.some((f) => f.kind === 'notices')).toBe(true);
    expect(labels.files.some((f) => f.kind === 'not-notice')).toBe(true);
  });

  it.each(notices.map((f) => [f.file, f] as const))('%s: parsed and scored', (_, labelled) => {
    const cli = runCli(['parse', path.join(FIXTURES, labelled.file), '--json']);
    expect(cli.code, cli.stderr).toBe(0);
    const kind = labelled.kind === 'notice' ? '是一篇公文' : `有 ${labelled.notices.length} 篇公文`;
    expect(cli.stderr).toContain(kind);
    const predicted = path.join(workDir, `${labelled.file}.json`);
    const labelPath = path.join(workDir, `${labelled.file}.labels.json`);
    writeFileSync(predicted, cli.stdout);
    writeFileSync(labelPath, JSON.stringify({ notices: labelled.notices }));
    const score = spawnSync(process.execPath, [SCORE_TOOL, labelPath, predicted], { encoding: 'utf8' });
    const summary = /fields right: (\d+)\/(\d+)/.exec(score.stdout);
    expect(summary, score.stdout + score.stderr).not.toBeNull();
    totals.right += Number(summary?.[1]);
    totals.total += Number(summary?.[2]);
    totals.misses.push(...score.stdout.split('\n').filter((line) => line.startsWith('miss')).map((line) => `${labelled.file}: ${line}`));
  });

  it('scores at least 98% of the fields over the whole set', () => {
    expect(totals.total).toBeGreaterThan(0);
    const accuracy = totals.right / totals.total;
    expect(accuracy, totals.misses.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('refuses a text that is no notice, with the reason', () => {
    for (const file of labels.files.filter((f) => f.kind === 'not-notice')) {
      const cli = runCli(['parse', path.join(FIXTURES, file.file), '--json']);
      expect(cli.code).toBe(1);
      expect(cli.stdout).toBe('');
      expect(cli.stderr).toContain('不是政策通知');
    }
  });
});
