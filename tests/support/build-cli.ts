// vitest globalSetup: bundles the command line once (electron/build-cli.mjs) before any
// test runs it, as `npm run cli` does before each run: every test file spawns the same
// dist/cli/main.mjs a user runs, and no two test workers build it at once.
import { execFileSync } from 'node:child_process';
import { repoRoot } from './bulletins.ts';

export default function buildCli(): void {
  execFileSync(process.execPath, ['electron/build-cli.mjs'], { cwd: repoRoot, stdio: 'inherit' });
}
