// The slice of the DOM that page extraction reads, as structural types: shared/ has no
// DOM lib, and linkedom (a DOM written in plain JavaScript, made for servers and
// workers) provides one anywhere — the import worker, the command line, tests.
import { parseHTML } from 'linkedom';

export type DomNode = {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
};

export type DomElement = DomNode & {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
};

export type DomDocument = {
  title: string;
  body: DomElement | null;
  documentElement: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
};

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

type RootlessDocument = Omit<DomDocument, 'documentElement'> & { documentElement: DomElement | null };

function hasRoot(document: RootlessDocument): document is DomDocument {
  return document.documentElement !== null;
}

export function parseHtmlDocument(html: string): DomDocument {
  const { document } = parseHTML(html) as unknown as { document: RootlessDocument };
  if (hasRoot(document)) return document;
  // linkedom builds no <html> for text that starts with no tag (a stray byte, plain
  // text saved as .html): the text is then the body of a page of its own.
  return (parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`) as unknown as { document: DomDocument }).document;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}
