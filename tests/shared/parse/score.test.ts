// The labelled bulletins, end to end: the real command line's --json output scored
// by the team's ../shared/tools/score-parse.mjs, which must report ≥ 99%.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCORE_TOOL } from '../../support/shared-inputs.ts';
import { BULLETIN_000, BULLETIN_002, bulletinPath } from '../../support/bulletins.ts';
import { runCli } from '../../support/run-cli.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'parse-score-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe.each([BULLETIN_000, BULLETIN_002])('score-parse on %s', (name) => {
  it('scores at least 99% against the labels', () => {
    const cli = runCli(['parse', bulletinPath(name), '--json']);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    const predicted = path.join(workDir, `${name}.json`);
    writeFileSync(predicted, cli.stdout);

    const score = spawnSync(process.execPath, [SCORE_TOOL, bulletinPath(name, '.labels.json'), predicted, '--min', '0.99'], { encoding: 'utf8' });
    const summary = /fields right: (\d+)\/(\d+) = ([\d.]+)%/.exec(score.stdout);
    expect(summary, score.stdout + score.stderr).not.toBeNull();
    expect(Number(summary?.[3])).toBeGreaterThanOrEqual(99);
    expect(score.status, score.stdout).toBe(0);
  });
});
