// docs/glossary.md gives each thing one name. The lint config rejects the retired names in
// identifiers; this test rejects them in file and folder names, where no lint rule looks.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Retired words as they appear in file names (kebab-case or camelCase). */
const RETIRED_IN_NAMES = [/edition/i, /assignment/i, /(^|[-_.])refs([-_.]|$)|[a-z]Refs/, /recommendation/i];

/** Folders of our own code and docs. */
const ROOTS = ['shared', 'renderer', 'electron', 'tests', 'docs'];

function namesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? [full, ...namesUnder(full)] : [full];
  });
}

describe('one word per thing', () => {
  it('no file or folder is named with a retired word', () => {
    const named = ROOTS.flatMap((root) => namesUnder(path.resolve(root)))
      .map((full) => path.relative(process.cwd(), full))
      .filter((relative) => RETIRED_IN_NAMES.some((word) => word.test(path.basename(relative))));
    expect(named).toEqual([]);
  });
});
