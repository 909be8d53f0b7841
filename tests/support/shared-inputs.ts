// Where the project's real inputs live: the bulletins and their labels, and the scoring
// tool, in the workplace's `shared/` folder beside the clone (../shared). A clone kept
// elsewhere points at that folder with POLICY_DESK_SHARED=/path/to/shared.
import { existsSync } from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export const SHARED_DIR = path.resolve(process.env.POLICY_DESK_SHARED ?? path.join(REPO_ROOT, '../shared'));
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
