// Provided by the pdfjs-assets plugin in renderer/vite.config.ts: where the app's own
// copy of pdf.js's CJK cMaps and standard fonts is, as absolute URLs ending in `/`,
// resolved from the chunk that imports this (so they work in a worker and from file://).
declare module 'virtual:pdfjs-assets' {
  export const cMapUrl: string;
  export const standardFontDataUrl: string;
}
