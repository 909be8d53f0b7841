// Real notices, as they arrive: the team's scorer (../shared/tools/score-real.mjs) runs the
// command line on every labelled file of ../shared/real-notices and of our own set
// (tests/fixtures/real: 277 notices of every province and the ministries, labelled by
// reading) and must report at least 97% of the fields right on each, with no government
// document refused.
//
// The scorer calls `npm run -s cli -- parse FILE --json`, and `npm run cli` bundles the command
// line before running it. The bundle is built once for the test run (tests/support/build-cli.ts);
// rebuilding it for each of 350 files would race the other tests that run it. So `npm` is
// found first in a folder holding a stand-in that runs exactly what the script runs after its
// build step (`node <flags> dist/cli/main.mjs …`, the flags read from package.json), and hands
// any other npm command to the real npm.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/bulletins.ts';
import { cliNodeFlags } from '../../support/cli-node-flags.ts';
import { SHARED_DIR } from '../../support/shared-inputs.ts';

const SCORER = path.join(SHARED_DIR, 'tools/score-real.mjs');
const FOLDERS = [
  ['../shared/real-notices', path.join(SHARED_DIR, 'real-notices')],
  ['tests/fixtures/real', path.join(repoRoot, 'tests/fixtures/real')],
] as const;
const MIN = 0.97;

const shimDir = mkdtempSync(path.join(tmpdir(), 'npm-shim-'));
afterAll(() => rmSync(shimDir, { recursive: true, force: true }));

function writeNpmShim(): void {
  const realNpm = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
  const cli = path.join(repoRoot, 'dist/cli/main.mjs');
  const flags = cliNodeFlags().join(' ');
  const script = [
    '#!/bin/sh',
    `if [ "$1" = run ] && [ "$2" = -s ] && [ "$3" = cli ] && [ "$4" = -- ]; then`,
    '  shift 4',
    `  exec "${process.execPath}" ${flags} "${cli}" "$@"`,
    'fi',
    `exec "${realNpm}" "$@"`,
    '',
  ].join('\n');
  const shim = path.join(shimDir, 'npm');
  writeFileSync(shim, script);
  chmodSync(shim, 0o755);
}

writeNpmShim();

describe.each(FOLDERS)('score-real on %s', (_name, folder) => {
  it(`gets at least ${MIN * 100}% of the fields right and refuses no government document`, () => {
    const run = spawnSync(process.execPath, [SCORER, folder, '--min', String(MIN)], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${shimDir}${path.delimiter}${process.env.PATH ?? ''}` },
      maxBuffer: 64 << 20,
    });
    const summary = /fields right (\d+)\/(\d+) = ([\d.]+)%/.exec(run.stdout);
    expect(summary, run.stdout + run.stderr).not.toBeNull();
    const misses = run.stdout.split('\n').filter((line) => line.startsWith('miss') || line.startsWith('refused'));
    // A refused file whose label is a notice: a government document lost.
    const refused = run.stdout.split('\n').filter((line) => line.startsWith('refused'));
    expect(refused, refused.join('\n')).toEqual([]);
    expect(Number(summary?.[3]), misses.join('\n')).toBeGreaterThanOrEqual(MIN * 100);
    expect(run.status).toBe(0);
  }, 900_000);
});
