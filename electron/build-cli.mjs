// Bundles the command line (electron/node/cli) into dist/cli/main.mjs (and a chunk per command), which `npm run cli`
// runs with plain Node. The app's own code is bundled; npm packages stay external and are
// loaded by Node as they are. (Run through tsx instead, every package module is
// transformed on the fly: pdf.js alone then costs some 350 MB before reading a page.)
import { build } from 'esbuild';

/** Packages stay external, except data files (JSON), which Node would need import attributes for. */
const packagesExternal = {
  name: 'packages-external',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => (args.path.endsWith('.json') ? undefined : { path: args.path, external: true }));
  },
};

await build({
  entryPoints: ['electron/node/cli/main.ts'],
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  // Each command in a chunk of its own, loaded when it runs (as main.ts imports them lazily).
  splitting: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  plugins: [packagesExternal],
  sourcemap: 'inline',
  logLevel: 'warning',
});
