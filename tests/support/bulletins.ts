// The real bulletins in ../shared/bulletins (read-only inputs shared by the team).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BULLETIN_DIR } from './shared-inputs.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

export const BULLETIN_000 = '000_2229777bc5f28b07';
export const BULLETIN_002 = '002_5fbf075aa49c018d';
export const BULLETIN_003 = '003_03e8824eaceeb4ce';

export function bulletinPath(name: string, ext = '.txt'): string {
  return path.join(BULLETIN_DIR, name + ext);
}

export function readBulletin(name: string): string {
  return readFileSync(bulletinPath(name), 'utf8');
}
