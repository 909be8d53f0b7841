// Bundles the main process and the preload script into dist/electron, and copies the
// window icon beside them (the packaged app contains dist/ only). The preload runs
// sandboxed, so it must be one CommonJS file that requires nothing but 'electron'.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile } from 'node:fs/promises';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  external: ['electron'],
  logLevel: 'info',
};

await mkdir('dist/electron', { recursive: true });
await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs' });
await copyFile('assets/icon.png', 'dist/electron/icon.png');

// A sandboxed preload can require only 'electron'; anything else fails at run time,
// in the user's window, not here. So fail the build instead.
const preload = await readFile('dist/electron/preload.cjs', 'utf8');
const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
const foreign = required.filter((name) => name !== 'electron');
if (foreign.length > 0) {
  console.error(`preload.cjs requires ${foreign.join(', ')}: a sandboxed preload may require only 'electron'`);
  process.exit(1);
}
