// The three real bulletins from ../shared/bulletins, as the import receives files.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const BULLETINS_DIR = path.resolve(import.meta.dirname, '../../../../shared/bulletins');

export const REAL = ['000_2229777bc5f28b07.txt', '002_5fbf075aa49c018d.txt', '003_03e8824eaceeb4ce.txt'] as const;

export function realFile(name: (typeof REAL)[number]): { name: string; bytes: Uint8Array } {
  return { name, bytes: new Uint8Array(readFileSync(path.join(BULLETINS_DIR, name))) };
}

/** The same bulletin saved in GB18030 (as Windows tools often do): other bytes, same notices. */
export function gb18030Copy(name: (typeof REAL)[number]): { name: string; bytes: Uint8Array } {
  const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030', path.join(BULLETINS_DIR, name)]);
  return { name: name.replace('.txt', '-gb18030.txt'), bytes: new Uint8Array(bytes) };
}
