// A DOM subtree → the text layout the parser reads: one line per block (paragraph,
// heading, list item, table row), white space collapsed as a browser renders it, table
// cells of a row side by side (a page's metadata table stays label beside value).
import { isElement, TEXT_NODE, type DomNode } from './dom.ts';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);
const CELLS = new Set(['TD', 'TH']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);
const SPACE = /[\t\n\r\f ]+/g;

export function domLines(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current.replace(/\u00a0/g, ' ').trim();
    if (line !== '') lines.push(line);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.textContent ?? '').replace(SPACE, ' ');
      return;
    }
    if (!isElement(node)) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (CELLS.has(tag) && current.trim() !== '') current += '\t';
    for (const child of Array.from(node.childNodes)) walk(child);
    if (CELLS.has(tag)) current += ' ';
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}
