// Builds the import harness page with the renderer's own Vite config (so the import
// worker and pdf.js's assets are bundled exactly as in the app) and serves it on a free
// localhost port, with extra files (a corpus, test files) beside it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'vite';
import { productionBuild } from '../../support/serve.ts';

const root = import.meta.dirname;
const configFile = path.resolve(import.meta.dirname, '../../../renderer/vite.config.ts');

export type HarnessServer = { url: string; close: () => Promise<void> };

export async function serveHarness(outDir: string, extraFiles: Record<string, string | Uint8Array> = {}): Promise<HarnessServer> {
  const config = { root, configFile, logLevel: 'warn' as const };
  await productionBuild({ ...config, build: { outDir, emptyOutDir: true, target: 'es2022' } });
  for (const [name, content] of Object.entries(extraFiles)) writeFileSync(path.join(outDir, name), content);
  const server = await preview({ ...config, build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('vite preview did not report a URL');
  }
  return { url, close: () => server.close() };
}
