import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rendererCsp } from '../shared/ipc/csp.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * pdf.js reads CJK cMaps and standard font data at run time; they ship with the app,
 * never fetched from elsewhere. The dev server serves them from node_modules under
 * /pdfjs/, a build copies them to pdfjs/cmaps/ and pdfjs/standard_fonts/, and the
 * module `virtual:pdfjs-assets` gives their folder URLs, resolved from the importing
 * chunk (so they are right in a worker and under file:// in Electron).
 */
function pdfjsAssets(): Plugin {
  const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const folders = ['cmaps', 'standard_fonts'];
  const id = 'virtual:pdfjs-assets';
  let serving = false;
  return {
    name: 'pdfjs-assets',
    configResolved: (config) => void (serving = config.command === 'serve'),
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(loaded) {
      if (loaded !== `\0${id}`) return null;
      if (serving) {
        // Not `new URL(…, import.meta.url)`: Vite would rewrite that as an asset path.
        return `export const cMapUrl = new URL('/pdfjs/cmaps/', location.href).href;\nexport const standardFontDataUrl = new URL('/pdfjs/standard_fonts/', location.href).href;`;
      }
      const folderUrl = (folder: string) => {
        const files = readdirSync(path.join(pdfjsDir, folder)).sort();
        const assetIds = files.map((file) => this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${file}`, source: readFileSync(path.join(pdfjsDir, folder, file)) }));
        return `import.meta.ROLLUP_FILE_URL_${assetIds[0]}.replace(/[^/]*$/, '')`;
      };
      return `export const cMapUrl = ${folderUrl('cmaps')};\nexport const standardFontDataUrl = ${folderUrl('standard_fonts')};`;
    },
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const [folder, file, ...rest] = (req.url ?? '').split('?')[0]!.split('/').filter(Boolean);
        const full = folder && file && rest.length === 0 && folders.includes(folder) ? path.join(pdfjsDir, folder, path.basename(file)) : '';
        if (!full || !existsSync(full)) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        createReadStream(full).pipe(res);
      });
    },
  };
}

/**
 * Puts the renderer's Content-Security-Policy into the built page as a <meta> tag.
 * Electron also sends it as a header, but a page loaded from file:// (or from any
 * static host in the browser build) only carries the policy this way. Build only:
 * the dev server needs the inline script React refresh injects.
 */
function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: rendererCsp({ delivery: 'meta' }) }, injectTo: 'head-prepend' },
    ],
  };
}

// The renderer is one build for both Electron (loaded from file://, hence the relative
// base) and a plain browser (`npm run web`).
export default defineConfig({
  root,
  base: './',
  plugins: [react(), pdfjsAssets(), cspMeta()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The web's 500 kB guideline is about downloads; this app reads its files from the
    // local disk. The big ones are pdf.js's prebuilt worker (1.2 MB) and the search
    // worker with its pinyin and OpenCC dictionaries, each loaded once, off the UI thread.
    chunkSizeWarningLimit: 1500,
  },
  // Workers are bundled separately and get their own plugins: the import worker reads PDFs.
  worker: { format: 'es', plugins: () => [pdfjsAssets()] },
  server: { port: 5173, strictPort: false },
  // Reached only from the import worker (some lazily), which Vite's start-up scan does not
  // crawl: pre-bundled up front so that the dev server does not find them on the first
  // import and reload the page under the consultant.
  optimizeDeps: { include: ['pdfjs-dist', 'mammoth', '@mozilla/readability', 'linkedom', 'cfb', 'mhtml-to-html/browser'] },
});
