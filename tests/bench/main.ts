// `npm run bench -- [name...] [--option value...]` runs the named benchmarks (all when none is named).
// Each prints its figures and, last, one summary line such as `parse: 12.3 MB/s`.
import { missingSharedInputs } from '../support/shared-inputs.ts';

type Bench = () => Promise<void>;

const benches: Record<string, () => Promise<Bench>> = {
  parse: async () => (await import('./parse.ts')).benchParse,
  search: async () => (await import('./search.ts')).benchSearch,
  brief: async () => (await import('./brief.ts')).benchBrief,
  import: async () => (await import('./import.ts')).benchImport,
  match: async () => (await import('./match.ts')).benchMatch,
  relations: async () => (await import('./relations.ts')).benchRelations,
  faults: async () => (await import('./faults.ts')).benchFaults,
  restore: async () => (await import('./restore.ts')).benchRestore,
};

/**
 * `--smoke`: each benchmark once at a small size, so that `npm test` (tests/e2e/
 * benchmarks.test.ts) sees every one of them still run to its summary line. The figures
 * mean nothing at these sizes.
 */
const SMOKE_OPTIONS: Record<string, string[]> = {
  search: ['--sizes', '300', '--per-kind', '2', '--browser-sizes', '300', '--browser-opens', '1', '--browser-settle', '1'],
  import: ['--bulletins', '6'],
  match: ['--notices', '500', '--clients', '10', '--new', '5'],
  relations: ['--notices', '500', '--new', '5'],
  faults: ['--kills', '1', '--bulletins', '24'],
  restore: ['--notices', '2000'],
};

// Options (`--name value`) belong to the benchmarks, which read them from process.argv.
const smoke = process.argv.includes('--smoke');
const args = process.argv.slice(2).filter((arg) => arg !== '--smoke');
const wanted = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (have: ${Object.keys(benches).join(', ')})`);
  process.exit(2);
}
// Every benchmark generates its inputs from the real bulletins in ../shared.
const missing = missingSharedInputs();
if (missing) {
  console.error(missing);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(benches)) {
  const load = benches[name];
  if (!load) continue;
  if (smoke) process.argv.push(...(SMOKE_OPTIONS[name] ?? []));
  await (await load())();
}
