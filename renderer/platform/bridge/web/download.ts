// Saving in a browser: the bytes become a Blob URL that an <a download> hands to the
// browser's download manager. The URL is revoked once the download has had time to
// start (revoking at once cancels it in some browsers).
export const REVOKE_DELAY_MS = 30_000;

export function downloadBytes(bytes: Uint8Array, fileName: string, mimeType: string, doc: Document = document): void {
  // A Blob cannot be made from a view on shared memory; such a view is copied.
  const part = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }));
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.hidden = true;
  doc.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}
