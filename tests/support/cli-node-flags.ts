// The Node flags `npm run cli` starts the command line with, read from package.json's
// own script, so that tests and the faults bench run (and measure) the command line
// exactly as a consultant does. Today: --max-semi-space-size=1 (a small young generation:
// a text PDF peaks under 150 MB instead of about 155, at the same speed).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './bulletins.ts';

let flags: string[] | null = null;

/** Read once per process: every command-line test and bench input asks. */
export function cliNodeFlags(): string[] {
  flags ??= readFlags();
  return flags;
}

function readFlags(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const script = pkg.scripts['cli'] ?? '';
  const run = /(?:^|&&)\s*node\s+((?:--\S+\s+)*)dist\/cli\/main\.mjs\s*$/.exec(script);
  if (!run) throw new Error(`package.json's cli script does not end in \`node … dist/cli/main.mjs\`: ${script}`);
  return (run[1] ?? '').trim().split(/\s+/).filter(Boolean);
}
