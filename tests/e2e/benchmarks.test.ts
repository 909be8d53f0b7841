// Every benchmark runs once at a small size (`npm run bench -- NAME --smoke`) and must
// print its summary line last: a benchmark broken by an unrelated change (the search
// bench once was, by unique client names) fails here, not months later. Speed is not
// judged here; the figures at these sizes mean nothing.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const SUMMARY: Record<string, RegExp> = {
  parse: /^parse: [\d.]+ MB\/s$/,
  brief: /^brief: \d+ ms for \d+ notices$/,
  import: /^import: \d+ notices\/s$/,
  search: /^search: p95 [\d.]+ ms at \d+, (\d+|—)× plain Fuse$/,
  match: /^match: \d+ ms for \d+ notices x \d+ clients$/,
  relations: /^relations: \d+ ms for \d+ notices$/,
  faults: /^faults: \d+ inputs, \d+ kills, 0 lost$/,
  restore: /^restore: \d+ notices in [\d.]+ s$/,
};

describe('benchmarks (smoke)', () => {
  it.each(Object.keys(SUMMARY))('%s runs to its summary line', (name) => {
    const run = spawnSync('npx', ['tsx', 'tests/bench/main.ts', name, '--smoke'], { encoding: 'utf8', timeout: 170_000, env: { ...process.env, NODE_ENV: 'production' } });
    const lines = run.stdout.split('\n').map((line) => line.trim()).filter(Boolean);
    expect(run.status, `${name} exited ${run.status}: ${run.stderr.slice(-2000)}`).toBe(0);
    expect(lines.at(-1), run.stdout.slice(-2000)).toMatch(SUMMARY[name] as RegExp);
    // The parse bench also reads saved web pages.
    if (name === 'parse') expect(lines.some((line) => /^parse: html \d+ pages\/s$/.test(line)), run.stdout).toBe(true);
    if (name === 'parse') expect(lines.some((line) => /^parse: real notices \d+ notices\/s, [\d.]+ MB\/s$/.test(line)), run.stdout).toBe(true);
    // Every bad input got a clear message, and the kill was survived.
    if (name === 'faults') {
      const tried = /^faults: bad inputs tried (\d+), clear messages (\d+)\/(\d+), notices lost 0/.exec(lines.find((line) => line.startsWith('faults: bad inputs')) ?? '');
      expect(tried?.[2], run.stdout).toBe(tried?.[1]);
      expect(lines, run.stdout).toContain('faults: kills survived 1/1');
    }
  });
});
