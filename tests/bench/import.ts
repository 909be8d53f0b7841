// `npm run bench -- import [--bulletins N]`: generates N bulletins (default 1,000) from
// the three real ones (fixed seed, see import-corpus.ts), builds a test-only page that
// runs the real import pipeline (worker for extraction and parsing, Dexie on the main
// thread), and imports them into real IndexedDB in Debian's Chromium. Prints, last,
// `import: N notices/s`. Goal: 1,000 bulletins in ≤ 30 s on a 2-core machine.
import path from 'node:path';
import { launchChromium } from '../support/browser.ts';
import { generateBulletins } from './import-corpus.ts';
import type { HarnessResult } from './import-harness/main.ts';
import { serveHarness } from './import-harness/serve.ts';

const outDir = path.resolve(import.meta.dirname, '../../dist/bench-import');
const GOAL_SECONDS_PER_1000 = 30;

function bulletinsOption(): number {
  const args = process.argv;
  const at = args.indexOf('--bulletins');
  if (at < 0) return 1000;
  const n = Number(args[at + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error('--bulletins needs a whole number ≥ 1');
  return n;
}

export async function benchImport(): Promise<void> {
  const count = bulletinsOption();
  const started = performance.now();
  const corpus = generateBulletins(count);
  const megabytes = corpus.files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0) / 1e6;
  console.log(`import: generated ${count} bulletins, ${corpus.notices} notices, ${megabytes.toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const server = await serveHarness(outDir, { 'corpus.json': JSON.stringify(corpus.files) });
  const session = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  try {
    const page = await session.context.newPage();
    page.on('pageerror', (error) => console.error(`import: page error: ${error.message}`));
    await page.goto(server.url);
    const result: HarnessResult = await page.evaluate(() => window.runImport('./corpus.json'));
    const seconds = result.ms / 1000;
    const notices = result.addedNotices + result.merged;
    console.log(
      `import: ${result.addedFiles}/${result.files} files added, ${result.addedNotices} notices stored, ${result.merged} merged as duplicates, ` +
        `${result.skipped} skipped, ${result.failed} failed; ${result.storedNotices} notices in IndexedDB`,
    );
    console.log(`import: saving (one transaction a file, main thread) took ${(result.saveMs / 1000).toFixed(1)} s of the ${seconds.toFixed(1)} s`);
    for (const reason of result.failures) console.log(`import: failed: ${reason}`);
    const goal = (GOAL_SECONDS_PER_1000 * count) / 1000;
    console.log(`import: ${count} bulletins in ${seconds.toFixed(1)} s (${(count / seconds).toFixed(1)} bulletins/s; goal ≤ ${goal.toFixed(0)} s: ${seconds <= goal ? 'met' : 'NOT met'})`);
    console.log(`import: ${Math.round(notices / seconds)} notices/s`);
  } finally {
    await session.close();
    await server.close();
  }
}
