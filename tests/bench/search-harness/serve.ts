// Builds the search harness page with the renderer's own Vite config (so the search
// worker is bundled exactly as in the app) and serves it, with the corpora beside it, on
// a free localhost port.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'vite';
import { productionBuild } from '../../support/serve.ts';

const root = import.meta.dirname;
const configFile = path.resolve(root, '../../../renderer/vite.config.ts');

export async function serveSearchHarness(outDir: string, files: Record<string, string>): Promise<{ url: string; close: () => Promise<void> }> {
  const shared = { root, configFile, logLevel: 'warn' as const };
  await productionBuild({ ...shared, build: { outDir, emptyOutDir: true, target: 'es2022' } });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(outDir, name), text);
  const server = await preview({ ...shared, build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (url) return { url, close: () => server.close() };
  await server.close();
  throw new Error('vite preview did not report a URL');
}
