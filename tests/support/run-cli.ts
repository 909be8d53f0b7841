// Runs the real command line (`node [flags] dist/cli/main.mjs …`, what `npm run cli` runs, bundled
// once for the run by tests/support/build-cli.ts) in a child process: main.ts runs itself
// on import, so it cannot be called in-process.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './bulletins.ts';
import { cliNodeFlags } from './cli-node-flags.ts';

export type CliResult = { code: number | null; stdout: string; stderr: string };

export function runCli(args: readonly string[]): CliResult {
  const result = spawnSync(process.execPath, [...cliNodeFlags(), path.join(repoRoot, 'dist/cli/main.mjs'), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
