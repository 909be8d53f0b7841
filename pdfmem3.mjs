import { readFileSync } from 'node:fs';
const rss = () => Math.round(process.memoryUsage().rss / 1e6);
const mem = () => { const m = process.memoryUsage(); return `rss ${rss()} heap ${Math.round(m.heapUsed/1e6)} ext ${Math.round(m.external/1e6)} ab ${Math.round(m.arrayBuffers/1e6)}`; };
console.log('node', mem());
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
console.log('pdfjs', mem());
const root = 'node_modules/pdfjs-dist/';
const bytes = readFileSync(process.argv[2]);
const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), cMapUrl: root + 'cmaps/', cMapPacked: true, standardFontDataUrl: root + 'standard_fonts/', isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, useWorkerFetch: false }).promise;
console.log('open', mem());
let peak = rss();
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  await page.getTextContent();
  page.cleanup();
  if (process.argv[3] === 'doc') await doc.cleanup();
  peak = Math.max(peak, rss());
  if (n % 4 === 0) console.log('page', n, mem());
}
await doc.destroy();
console.log('peak', peak, mem());
