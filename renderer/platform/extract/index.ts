// The renderer's host for shared/extract: pdf.js and mammoth as a browser (or worker) loads them.
export { createRendererExtractEnv } from './extract-env.ts';
