// `npm run bench -- restore [--notices N]`: a library of N notices (default 50,000, about
// 2 KB each, in bulletins of 500, 1,000 of them tagged to a client) is backed up and
// restored into an empty library in real IndexedDB in Debian's Chromium, through the
// app's own export and restore (the import harness page). Checks that every notice,
// body and tag came back and that the progress the settings screen shows went from
// reading to every row written without going back; exits non-zero otherwise. Last line:
// `restore: N notices in S s`.
import path from 'node:path';
import { launchChromium } from '../support/browser.ts';
import type { RestoreAtScale } from './import-harness/main.ts';
import { serveHarness } from './import-harness/serve.ts';

const outDir = path.resolve(import.meta.dirname, '../../dist/bench-restore');

function noticesOption(): number {
  const at = process.argv.indexOf('--notices');
  const n = at >= 0 ? Number(process.argv[at + 1]) : 50_000;
  if (!Number.isInteger(n) || n < 1) throw new Error('--notices needs a whole number ≥ 1');
  return n;
}

export async function benchRestore(): Promise<void> {
  const count = noticesOption();
  const server = await serveHarness(outDir);
  const session = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  try {
    const page = await session.context.newPage();
    page.on('pageerror', (error) => console.error(`restore: page error: ${error.message}`));
    await page.goto(server.url);
    const result: RestoreAtScale = await page.evaluate((n) => window.runRestoreAtScale(n), count);
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    console.log(`restore: library of ${result.notices} notices filled in ${seconds(result.fillMs)} s, backed up in ${seconds(result.exportMs)} s (${(result.backupBytes / 1e6).toFixed(1)} MB)`);
    console.log(`restore: ${result.rows} rows restored in ${seconds(result.restoreMs)} s; ${result.progressEvents} progress reports`);
    const problems = [
      result.notices === count ? null : `${result.notices} of ${count} notices restored`,
      result.bodies === count ? null : `${result.bodies} of ${count} bodies restored`,
      result.tags === Math.min(1000, count) ? null : `${result.tags} tags restored`,
      result.readingFirst ? null : 'progress did not start with reading',
      result.monotone ? null : 'progress went back or changed its total',
      result.endsAtTotal ? null : 'progress did not end at every row',
      // The bar moves in steps, not one jump per table: a report per 2,000 rows written.
      result.progressEvents >= Math.floor(result.rows / 2000) ? null : `only ${result.progressEvents} progress reports for ${result.rows} rows`,
    ].filter((problem): problem is string => problem !== null);
    for (const problem of problems) console.error(`restore: ${problem}`);
    if (problems.length > 0) process.exitCode = 1;
    console.log(`restore: ${result.notices} notices in ${seconds(result.restoreMs)} s`);
  } finally {
    await session.close();
    await server.close();
  }
}
