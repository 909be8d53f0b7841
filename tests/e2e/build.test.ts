// The renderer build that the end-to-end tests drive is the build users get: the
// production bundle, with its Content-Security-Policy in the page and pdf.js's cMaps
// and standard fonts shipped inside it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rendererCsp } from '../../shared/ipc/csp.ts';
import { buildRenderer } from '../support/serve.ts';

const out = path.resolve(import.meta.dirname, '../../dist/renderer');
const scripts = (): string =>
  readdirSync(path.join(out, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(path.join(out, 'assets', name), 'utf8'))
    .join('\n');

beforeAll(async () => {
  await buildRenderer();
});

describe('the built renderer', () => {
  it('is the production bundle even when built from a test run (NODE_ENV=test)', () => {
    expect(process.env.NODE_ENV).toBe('test');
    expect(scripts()).not.toContain('jsxDEV');
  });

  it('carries the CSP as its first <meta> and has no inline script', () => {
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta?.[1]?.replace(/&#39;/g, "'")).toBe(rendererCsp({ delivery: 'meta' }));
    expect(meta?.[1]).not.toContain('unsafe-eval');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('ships pdf.js CJK cMaps and standard fonts (nothing fetched at run time)', () => {
    expect(existsSync(path.join(out, 'pdfjs/cmaps/UniGB-UCS2-H.bcmap'))).toBe(true);
    expect(readdirSync(path.join(out, 'pdfjs/standard_fonts')).length).toBeGreaterThan(5);
  });
});
