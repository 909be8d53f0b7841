// Runs the real command line (`tsx electron/node/cli/main.ts …`) in a child process:
// main.ts runs itself on import, so it cannot be called in-process.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './bulletins.ts';

export type CliResult = { code: number | null; stdout: string; stderr: string };

export function runCli(args: readonly string[]): CliResult {
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  const result = spawnSync(tsx, ['electron/node/cli/main.ts', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
