// `npm run bench -- parse`: parses the three real bulletins over and over for at
// least a second and reports throughput in MB (10^6 bytes of UTF-8 input) per second.
// Goal: ≥ 10 MB/s. The summary line uses this process's CPU time rather than the
// wall clock, because these machines are shared and a busy neighbour would otherwise
// decide the figure; the wall-clock figure is printed on the line before it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseBulletin } from '../../shared/parse/index.ts';
import { BULLETIN_DIR } from '../support/shared-inputs.ts';

const MIN_MS = 1000;
const WARMUP_ROUNDS = 20;

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

export function benchParse(): Promise<void> {
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
  return Promise.resolve();
}
