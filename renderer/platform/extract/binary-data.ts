// How pdf.js loads cMaps and standard fonts in the renderer. pdf.js's own loader reads
// `document.baseURI`, which a Web Worker does not have, and fetch() cannot read file://
// (Electron loads the app from files). This loader works in both: fetch for http(s),
// XMLHttpRequest (which can) for file://.
type Kind = 'cMapUrl' | 'standardFontDataUrl' | 'wasmUrl';

function loadWithXhr(url: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('GET', url, true);
    request.responseType = 'arraybuffer';
    request.onload = () => {
      // file:// answers with status 0.
      if ((request.status === 200 || request.status === 0) && request.response instanceof ArrayBuffer) resolve(new Uint8Array(request.response));
      else reject(new Error(`${url}: ${request.status}`));
    };
    request.onerror = () => reject(new Error(`${url}: network error`));
    request.send();
  });
}

export async function loadBinary(url: string): Promise<Uint8Array> {
  if (!/^https?:/i.test(url)) return loadWithXhr(url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The shape pdf.js's `BinaryDataFactory` option expects: built with the folder URLs, asked for one file at a time. */
export class AppBinaryDataFactory {
  private readonly folders: Record<Kind, string | null>;

  constructor({ cMapUrl = null, standardFontDataUrl = null, wasmUrl = null }: Partial<Record<Kind, string | null>>) {
    this.folders = { cMapUrl, standardFontDataUrl, wasmUrl };
  }

  fetch({ kind, filename }: { kind: Kind; filename: string }): Promise<Uint8Array> {
    const folder = this.folders[kind];
    if (!folder) return Promise.reject(new Error(`pdf.js asked for ${kind} data, which the app does not ship`));
    return loadBinary(`${folder}${filename}`);
  }
}
