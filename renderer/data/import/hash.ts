// SHA-256 of a file's bytes as lowercase hex: the identity of an imported file. Web
// Crypto is in browsers, workers, Electron and Node 20 alike.

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
