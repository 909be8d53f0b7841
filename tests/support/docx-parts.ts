// Reads a .docx the way the tests need it: its XML parts as text, and the visible
// text of each paragraph (w:t runs joined, XML entities decoded).
import JSZip from 'jszip';

export type DocxParts = {
  document: string;
  documentRels: string;
  styles: string;
  settings: string;
  headers: string[];
  footers: string[];
};

async function part(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`the .docx has no ${name}`);
  return file.async('string');
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const named = (pattern: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((name) => pattern.test(name))
        .sort()
        .map((name) => part(zip, name)),
    );
  return {
    document: await part(zip, 'word/document.xml'),
    documentRels: await part(zip, 'word/_rels/document.xml.rels'),
    styles: await part(zip, 'word/styles.xml'),
    settings: await part(zip, 'word/settings.xml'),
    headers: await named(/^word\/header\d+\.xml$/),
    footers: await named(/^word\/footer\d+\.xml$/),
  };
}

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of every paragraph (w:p) in an XML part, in order. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    decodeXml([...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1] ?? '').join('')),
  );
}

/** The texts of the paragraphs of one style (pStyle), in order. */
export function styledParagraphs(xml: string, styleId: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((match) => match[0])
    .filter((paragraph) => paragraph.includes(`<w:pStyle w:val="${styleId}"/>`))
    .map((paragraph) => paragraphTexts(paragraph)[0] ?? '');
}

/** The tables (w:tbl) of a part, outermost only, each as its XML. */
export function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]);
}

/** The rows of a table, each as the texts of its cells. */
export function tableRows(tableXml: string): string[][] {
  return [...tableXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphTexts(cell[0]).join('\n')),
  );
}

/** The style element with the given id from styles.xml. */
export function styleXml(styles: string, id: string): string {
  const match = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  if (!match) throw new Error(`no style ${id}`);
  return match[0];
}
