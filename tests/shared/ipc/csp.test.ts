// The renderer's Content-Security-Policy: what it allows, and that it allows no more.
import { describe, expect, it } from 'vitest';
import { rendererCsp, rendererCspDirectives } from '../../../shared/ipc/csp.ts';

function directives(csp: string): Map<string, string> {
  return new Map(csp.split('; ').map((part) => [part.slice(0, part.indexOf(' ')), part.slice(part.indexOf(' ') + 1)]));
}

describe('renderer CSP', () => {
  it('allows only the app\u2019s own scripts: no inline script, no eval, no plugins', () => {
    const csp = directives(rendererCsp());
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(rendererCsp()).not.toContain('unsafe-eval');
    expect(csp.get('script-src')).not.toContain('unsafe-inline');
  });

  it('allows what React, pdf.js and docx-preview need, and no network', () => {
    const csp = directives(rendererCsp());
    expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(csp.get('img-src')).toBe("'self' data: blob:");
    expect(csp.get('font-src')).toBe("'self' data: blob:");
    expect(csp.get('worker-src')).toBe("'self' blob:");
    expect(csp.get('connect-src')).toBe("'self' blob: data:");
    expect(rendererCsp()).not.toMatch(/https?:|\*/);
  });

  it('leaves frame-ancestors out of a <meta> policy, where browsers ignore it', () => {
    expect(directives(rendererCsp({ delivery: 'meta' })).has('frame-ancestors')).toBe(false);
    expect(rendererCspDirectives({ delivery: 'meta' }).length).toBe(rendererCspDirectives().length - 1);
  });

  it('opens up only for Vite\u2019s dev server, and only to localhost', () => {
    const dev = directives(rendererCsp({ dev: true }));
    expect(dev.get('script-src')).toBe("'self' 'unsafe-inline'");
    expect(dev.get('connect-src')).toBe("'self' blob: data: ws: http://localhost:* http://127.0.0.1:*");
    expect(rendererCsp({ dev: true })).not.toContain('unsafe-eval');
  });
});
