// The renderer's Content-Security-Policy, in one place for both ways it is delivered:
// the Electron main process adds it as a response header, and the renderer build puts
// it in a <meta> tag (the only way a page loaded from file:// or a static web host can
// carry it everywhere). Nothing here may be loosened without a reason written beside it.

export type CspOptions = {
  /**
   * Vite's dev server needs an inline script (React refresh) and a WebSocket for hot
   * reload. Never used for the built app.
   */
  dev?: boolean;
  /** `frame-ancestors` is ignored (with a console warning) in a <meta> policy. */
  delivery?: 'header' | 'meta';
};

export function rendererCspDirectives(options: CspOptions = {}): ReadonlyArray<readonly [string, string]> {
  const dev = options.dev === true;
  const directives: Array<readonly [string, string]> = [
    ['default-src', "'self'"],
    // No inline script and no eval: an injected <script> or a string passed to
    // new Function does not run. Libraries that probe for eval (pdf.js, zod) fall back.
    ['script-src', dev ? "'self' 'unsafe-inline'" : "'self'"],
    // React's style={...} props and docx-preview's generated <style> are inline styles.
    ['style-src', "'self' 'unsafe-inline'"],
    // docx-preview shows a document's pictures as blob: or data: URLs.
    ['img-src', "'self' data: blob:"],
    // docx-preview loads a document's embedded fonts from blob: URLs.
    ['font-src', "'self' data: blob:"],
    // pdf.js, the import pipeline and search run in module workers from our own files.
    ['worker-src', "'self' blob:"],
    // pdf.js reads its cMaps and standard fonts from our own files; blob:/data: for
    // documents handed to it in memory. No network: the app is used offline.
    ['connect-src', dev ? "'self' blob: data: ws: http://localhost:* http://127.0.0.1:*" : "'self' blob: data:"],
    ['media-src', "'self' blob:"],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
  if (options.delivery !== 'meta') directives.push(['frame-ancestors', "'none'"]);
  return directives;
}

export function rendererCsp(options: CspOptions = {}): string {
  return rendererCspDirectives(options)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
