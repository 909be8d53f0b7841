// `npm run bench -- [name...]` runs the named benchmarks (all when none is named).
// Each prints its figures and, last, one summary line such as `parse: 12.3 MB/s`.
export {};

type Bench = () => Promise<void>;

const benches: Record<string, () => Promise<Bench>> = {
  parse: async () => (await import('./parse.ts')).benchParse,
  search: async () => (await import('./search.ts')).benchSearch,
  brief: async () => (await import('./brief.ts')).benchBrief,
  import: async () => (await import('./import.ts')).benchImport,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (have: ${Object.keys(benches).join(', ')})`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(benches)) {
  const load = benches[name];
  if (load) await (await load())();
}
