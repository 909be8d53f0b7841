// A saved web page's own HTML made safe to show as it looked (网页原样) in the reader's
// sandboxed frame (`<iframe sandbox="" srcdoc>`: no scripts, no forms, no same-origin).
// The app works offline and must fetch nothing a page names: its scripts, style sheets,
// frames, media and remote pictures are taken out, links lose their targets, CSS loses
// its url(…) and @import, and a Content-Security-Policy that refuses every load but inline
// styles and data: pictures goes first in <head>, so anything missed still loads nothing.

/** What the shown page may load: its own inline styles, and pictures and fonts written into it (data:). */
export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; form-action 'none'; base-uri 'none'";

/** Elements that run code, load something or navigate: removed with their content. */
const REMOVED = ['script', 'noscript', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'audio', 'video', 'source', 'track', 'template'];

/** Attributes that load or send something, whatever their element. */
const LOADING_ATTRIBUTES = new Set(['src', 'srcset', 'lowsrc', 'dynsrc', 'background', 'poster', 'ping', 'action', 'formaction', 'data', 'manifest', 'longdesc', 'codebase', 'archive', 'imagesrcset', 'attributionsrc']);

const CSS_URL = /url\s*\(\s*(?:"[^"]*"|'[^']*'|[^)]*)\s*\)/giu;
const CSS_IMPORT = /@import[^;]*;?/giu;

/** CSS with every external reference made inert. */
export function inertCss(css: string): string {
  return css.replace(CSS_IMPORT, '').replace(CSS_URL, (match) => (/^url\s*\(\s*["']?data:/iu.test(match) ? match : 'none'));
}

function isData(value: string): boolean {
  return /^\s*data:/iu.test(value);
}

function cleanAttributes(element: Element): void {
  for (const { name, value } of [...element.attributes]) {
    const lower = name.toLowerCase();
    if (lower.startsWith('on')) element.removeAttribute(name);
    else if (lower === 'href' || lower === 'xlink:href') {
      // An anchor in the page may stay; any other target would navigate the frame away.
      if (!value.trim().startsWith('#')) element.removeAttribute(name);
    } else if (LOADING_ATTRIBUTES.has(lower)) {
      if (!(lower === 'src' && element.localName === 'img' && isData(value))) element.removeAttribute(name);
    } else if (lower === 'style') element.setAttribute(name, inertCss(value));
  }
}

/** The page's HTML as a `srcdoc` that shows it without running or loading anything. */
export function pageSrcdoc(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const element of [...doc.querySelectorAll(REMOVED.join(','))]) element.remove();
  for (const style of [...doc.querySelectorAll('style')]) style.textContent = inertCss(style.textContent ?? '');
  for (const element of [...doc.querySelectorAll('*')]) cleanAttributes(element);
  const csp = doc.createElement('meta');
  csp.setAttribute('http-equiv', 'Content-Security-Policy');
  csp.setAttribute('content', PAGE_CSP);
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  doc.head.prepend(charset, csp);
  return `<!doctype html>\n${doc.documentElement.outerHTML}`;
}
