// `npm run bench -- parse`: parses the three real bulletins over and over for at
// least a second and reports throughput in MB (10^6 bytes of UTF-8 input) per second.
// Goal: ≥ 10 MB/s. The summary line uses this process's CPU time rather than the
// wall clock, because these machines are shared and a busy neighbour would otherwise
// decide the figure; the wall-clock figure is printed on the line before it. It also
// reads the saved web pages of the single-notice test set (Readability over linkedom,
// then parseDocument) and reports pages per second, and the real notices of
// ../shared/real-notices and tests/fixtures/real (each file extracted as the import reads it,
// then parseDocument) and reports notices and MB per second.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseBulletin, parseDocument } from '../../shared/parse/index.ts';
import { readHtml } from '../../shared/extract/html/read-html.ts';
import { readMhtml } from '../../shared/extract/html/read-mhtml.ts';
import { BULLETIN_DIR, SHARED_DIR } from '../support/shared-inputs.ts';
import { extractText } from '../../shared/extract/index.ts';
import { createNodeExtractEnv } from '../../electron/node/cli/extract-env.ts';

const MIN_MS = 1000;
const WARMUP_ROUNDS = 20;

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

const PAGES_DIR = path.resolve(import.meta.dirname, '../fixtures/single');

/** Saved pages a second: bytes → main text (Readability) → notices, CPU time. */
function benchPages(): void {
  const pages = readdirSync(PAGES_DIR)
    .filter((name) => /\.(html|mhtml)$/.test(name))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(PAGES_DIR, name))) }));
  const read = (page: { name: string; bytes: Uint8Array }): number => {
    const text = page.name.endsWith('.mhtml') ? readMhtml(page.name, page.bytes) : readHtml(page.bytes);
    return parseDocument(text.text, { url: text.url, title: text.title }).notices.length;
  };
  for (const page of pages) read(page);
  let count = 0;
  let notices = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  while (performance.now() - start < MIN_MS) {
    for (const page of pages) notices += read(page);
    count += pages.length;
  }
  const cpu = cpuMs(cpuStart);
  console.log(`parse: ${pages.length} saved web pages, ${count} read, ${notices} notices`);
  console.log(`parse: html ${Math.round(count / (cpu / 1000))} pages/s`);
}

const REAL_DIRS = [path.join(SHARED_DIR, 'real-notices'), path.resolve(import.meta.dirname, '../fixtures/real')];

/** Real notices a second: every labelled input of both real folders, extracted and parsed, CPU time. */
async function benchRealNotices(): Promise<void> {
  const env = createNodeExtractEnv();
  const files = REAL_DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.(txt|html)$/.test(name))
      .sort()
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) })),
  );
  const bytes = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
  const read = async (file: { name: string; bytes: Uint8Array }): Promise<number> => {
    const extracted = await extractText({ name: file.name, bytes: file.bytes.slice() }, env);
    return parseDocument(extracted.text, extracted.page ?? {}).notices.length;
  };
  for (const file of files) await read(file);
  let rounds = 0;
  let notices = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  while (performance.now() - start < MIN_MS) {
    for (const file of files) notices += await read(file);
    rounds++;
  }
  const cpu = cpuMs(cpuStart) / 1000;
  console.log(`parse: real notices, ${files.length} files (${(bytes / 1024).toFixed(0)} KiB), ${rounds} rounds, ${notices} notices`);
  console.log(`parse: real notices ${Math.round(notices / cpu)} notices/s, ${((bytes * rounds) / 1e6 / cpu).toFixed(1)} MB/s`);
}

export async function benchParse(): Promise<void> {
  benchPages();
  await benchRealNotices();
  const dir = BULLETIN_DIR;
  const texts = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(dir, name), 'utf8'));
  const bytesPerRound = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);

  for (let i = 0; i < WARMUP_ROUNDS; i++) for (const text of texts) parseBulletin(text);

  let notices = 0;
  let rounds = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < MIN_MS) {
    for (const text of texts) notices += parseBulletin(text).notices.length;
    rounds++;
    elapsed = performance.now() - start;
  }
  const cpu = cpuMs(cpuStart);
  const mb = (bytesPerRound * rounds) / 1e6;
  console.log(`parse: ${texts.length} bulletins, ${(bytesPerRound / 1024).toFixed(1)} KiB per round, ${rounds} rounds, ${notices} notices`);
  console.log(`parse: wall clock ${(elapsed / 1000).toFixed(2)} s → ${(mb / (elapsed / 1000)).toFixed(1)} MB/s; CPU ${(cpu / 1000).toFixed(2)} s`);
  console.log(`parse: ${(mb / (cpu / 1000)).toFixed(1)} MB/s`);
}
