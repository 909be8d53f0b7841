// `npm run bench -- [name...] [--option value...]` runs the named benchmarks (all when none is named).
// Each prints its figures and, last, one summary line such as `parse: 12.3 MB/s`.
import { missingSharedInputs } from '../support/shared-inputs.ts';

type Bench = () => Promise<void>;

const benches: Record<string, () => Promise<Bench>> = {
  parse: async () => (await import('./parse.ts')).benchParse,
  search: async () => (await import('./search.ts')).benchSearch,
  brief: async () => (await import('./brief.ts')).benchBrief,
  import: async () => (await import('./import.ts')).benchImport,
};

// Options (`--name value`) belong to the benchmarks, which read them from process.argv.
const args = process.argv.slice(2);
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
  if (load) await (await load())();
}
