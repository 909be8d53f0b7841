// Builds the renderer once (when asked) and serves dist/renderer on a free localhost
// port with Vite's preview server, the same files Electron loads.
import path from 'node:path';
import { build, preview, type InlineConfig, type PreviewServer } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');
const config = path.join(root, 'renderer/vite.config.ts');

/**
 * `vite build` as a user's build is made. Vitest sets NODE_ENV=test, and Vite and the
 * React plugin read NODE_ENV: without this the tests would run a development bundle
 * (React's jsxDEV runtime, development checks) instead of what ships.
 */
export async function productionBuild(options: InlineConfig): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', ...options });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

export async function buildRenderer(): Promise<void> {
  await productionBuild({ configFile: config, logLevel: 'warn' });
}

export type Served = { url: string; close: () => Promise<void> };

export async function serveRenderer(): Promise<Served> {
  const server: PreviewServer = await preview({ configFile: config, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}
