// Doyensec's electronegativity over what ships: the bundled main process and preload
// (dist/electron) and the built renderer page (its CSP). Every finding must be one that
// was reviewed and listed, with the reason, in electronegativity-known.json; a new finding
// fails the run, and so does a listed one that went away (the list stays true).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRenderer } from '../support/serve.ts';

type Finding = { check: string; severity: string; file: string; sample: string; description: string };
type Accepted = { check: string; file: string; sample: string; why: string };

const repoRoot = path.resolve(import.meta.dirname, '../..');
const known = JSON.parse(readFileSync(path.join(import.meta.dirname, 'electronegativity-known.json'), 'utf8')) as { accepted: Accepted[] };
const scanned = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
let findings: Finding[] = [];

/** The rows of electronegativity's CSV (double-quoted fields may hold commas and doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field.trim());
      field = '';
    } else if (ch === '\n') {
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field.trim()]);
  return rows;
}

// esbuild numbers the names it renames (import_electron2, check2): compare without them.
const unnumbered = (sample: string) => sample.replace(/([A-Za-z_])\d+\b/g, '$1');
const keyOf = (f: { check: string; file: string; sample: string }) => `${f.check} | ${f.file} | ${unnumbered(f.sample)}`;

beforeAll(async () => {
  await buildRenderer();
  execFileSync(process.execPath, ['electron/build.mjs'], { cwd: repoRoot, stdio: 'pipe' });
  // The scanner reads .js and .html (it passes .cjs over): the bundles under the names it reads.
  copyFileSync(path.join(repoRoot, 'dist/electron/main.cjs'), path.join(scanned, 'main.js'));
  copyFileSync(path.join(repoRoot, 'dist/electron/preload.cjs'), path.join(scanned, 'preload.js'));
  copyFileSync(path.join(repoRoot, 'dist/renderer/index.html'), path.join(scanned, 'index.html'));
  const out = path.join(scanned, 'findings.csv');
  // It tries to fetch translations and Electron's release list, and carries on without them.
  execFileSync(path.join(repoRoot, 'node_modules/.bin/electronegativity'), ['-i', scanned, '-e', '45.0.0', '-o', out, '-v', 'false'], { cwd: scanned, stdio: 'pipe', timeout: 240_000 });
  const [header, ...rows] = parseCsv(readFileSync(out, 'utf8')).filter((row) => row.length > 1);
  expect(header?.slice(0, 7)).toEqual(['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description']);
  findings = rows.map(([check = '', severity = '', , file = '', , sample = '', description = '']) => ({ check, severity, file: path.basename(file), sample, description }));
}, 300_000);

afterAll(() => rmSync(scanned, { recursive: true, force: true }));

describe('electronegativity over the built app', () => {
  it('scanned the main process, the preload and the page', () => {
    // The page's CSP is always reported (as accepted), which shows the page was read.
    expect(findings.some((f) => f.file === 'index.html')).toBe(true);
  });

  it('finds nothing beyond the reviewed findings, each listed with its reason', () => {
    const accepted = new Set(known.accepted.map(keyOf));
    const unexplained = findings.filter((f) => !accepted.has(keyOf(f))).map((f) => `${keyOf(f)} (${f.severity}): ${f.description}`);
    expect(unexplained).toEqual([]);
    for (const entry of known.accepted) expect(entry.why.length, keyOf(entry)).toBeGreaterThan(40);
  });

  it('every listed finding still occurs (no stale entries)', () => {
    const found = new Set(findings.map(keyOf));
    expect(known.accepted.map(keyOf).filter((key) => !found.has(key))).toEqual([]);
  });

  it('finds the security settings the checklist asks for (no missing navigation limits, permission handler or isolation)', () => {
    const global = findings.filter((f) => /GLOBAL_CHECK$/.test(f.check) && f.check !== 'CSP_GLOBAL_CHECK');
    expect(global).toEqual([]);
    expect(findings.filter((f) => /CONTEXT_ISOLATION|NODE_INTEGRATION|SANDBOX|WEB_SECURITY|INSECURE_CONTENT|EXPERIMENTAL/.test(f.check))).toEqual([]);
  });
});
