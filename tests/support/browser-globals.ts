// The browser globals the library's dependencies expect, for Node tests. Import this
// first in a test file.
//   IndexedDB: fake-indexeddb.
//   self: dexie-export-import's UMD build reads it (the global object in windows and workers).
//   FileReader: dexie-export-import reads backup files with readAsArrayBuffer; Node 20 has
//     Blob but no FileReader, so a minimal one over Blob.arrayBuffer() stands in.
import 'fake-indexeddb/auto';

type ReaderEvent = { target: { result?: ArrayBuffer; error?: unknown } };

class NodeFileReader {
  result: ArrayBuffer | null = null;
  error: unknown = null;
  onload: ((event: ReaderEvent) => void) | null = null;
  onerror: ((event: ReaderEvent) => void) | null = null;
  onabort: ((event: ReaderEvent) => void) | null = null;

  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this as { result: ArrayBuffer } });
      },
      (error: unknown) => {
        this.error = error;
        this.onerror?.({ target: { error } });
      },
    );
  }
}

const scope = globalThis as { self?: unknown; FileReader?: unknown };
scope.self ??= globalThis;
scope.FileReader ??= NodeFileReader;
