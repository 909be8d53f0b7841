// Where the project's real inputs live: the bulletins and their labels, and the scoring
// tool, in the workplace's `shared/` folder beside the clone (../shared). A clone made
// elsewhere from a local checkout (`git clone . /tmp/fresh`) finds it beside the
// checkout it came from; any other place is given with POLICY_DESK_SHARED=/path/to/shared.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** The folder this clone was cloned from, when that is a local folder. */
function localOrigin(): string | null {
  try {
    const url = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (url.startsWith('file://')) return fileURLToPath(url);
    return path.isAbsolute(url) ? url : null;
  } catch {
    return null; // not a git checkout, or no origin
  }
}

function findSharedDir(): string {
  const explicit = process.env.POLICY_DESK_SHARED;
  if (explicit) return path.resolve(explicit);
  const beside = path.join(REPO_ROOT, '../shared');
  if (existsSync(path.join(beside, 'bulletins'))) return beside;
  const origin = localOrigin();
  const besideOrigin = origin === null ? null : path.join(origin, '../shared');
  return besideOrigin !== null && existsSync(path.join(besideOrigin, 'bulletins')) ? besideOrigin : beside;
}

export const SHARED_DIR = findSharedDir();
export const BULLETIN_DIR = path.join(SHARED_DIR, 'bulletins');
export const SCORE_TOOL = path.join(SHARED_DIR, 'tools/score-parse.mjs');

/** One clear reason instead of a hundred failing tests when the inputs are not where expected. */
export function missingSharedInputs(): string | null {
  const missing = [BULLETIN_DIR, SCORE_TOOL].filter((p) => !existsSync(p));
  if (missing.length === 0) return null;
  return (
    `The real bulletins and the scoring tool are expected in ${SHARED_DIR} (the shared/ folder beside this clone), ` +
    `but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing. ` +
    'Clone the repository next to shared/, or set POLICY_DESK_SHARED to that folder.'
  );
}
