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

type Finding = { check: string; level: string; file: string; message: string };
type Accepted = { check: string; file: string; message: string; why: string };
type Sarif = { runs: { results: { ruleId: string; level: string; message: { text: string }; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[] }[] };

const repoRoot = path.resolve(import.meta.dirname, '../..');
const known = JSON.parse(readFileSync(path.join(import.meta.dirname, 'electronegativity-known.json'), 'utf8')) as { accepted: Accepted[] };
const scanned = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
let findings: Finding[] = [];

const keyOf = (f: { check: string; file: string; message: string }) => `${f.check} | ${f.file} | ${f.message}`;

beforeAll(async () => {
  await buildRenderer();
  execFileSync(process.execPath, ['electron/build.mjs'], { cwd: repoRoot, stdio: 'pipe' });
  // The scanner reads .js and .html (it passes .cjs over): the bundles under the names it reads.
  copyFileSync(path.join(repoRoot, 'dist/electron/main.cjs'), path.join(scanned, 'main.js'));
  copyFileSync(path.join(repoRoot, 'dist/electron/preload.cjs'), path.join(scanned, 'preload.js'));
  copyFileSync(path.join(repoRoot, 'dist/renderer/index.html'), path.join(scanned, 'index.html'));
  const out = path.join(scanned, 'findings.sarif');
  // It tries to fetch translations and Electron's release list, and carries on without them.
  execFileSync(path.join(repoRoot, 'node_modules/.bin/electronegativity'), ['-i', scanned, '-e', '45.0.0', '-o', out, '-v', 'false'], { cwd: scanned, stdio: 'pipe', timeout: 240_000 });
  const sarif = JSON.parse(readFileSync(out, 'utf8')) as Sarif;
  findings = (sarif.runs[0]?.results ?? []).map((result) => ({
    check: result.ruleId,
    level: result.level,
    file: path.basename(result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''),
    message: result.message.text,
  }));
}, 300_000);

afterAll(() => rmSync(scanned, { recursive: true, force: true }));

describe('electronegativity over the built app', () => {
  it('scanned the main process, the preload and the page', () => {
    // The page's CSP is always reported (as accepted), which shows the page was read.
    expect(findings.some((f) => f.file === 'index.html')).toBe(true);
  });

  it('finds nothing beyond the reviewed findings, each listed with its reason', () => {
    const accepted = new Set(known.accepted.map(keyOf));
    const unexplained = findings.filter((f) => !accepted.has(keyOf(f))).map((f) => `${keyOf(f)} (${f.level})`);
    expect(unexplained).toEqual([]);
    // Each reviewed finding once: a second openExternal call, say, is a new finding.
    const twice = findings.map(keyOf).filter((key, i, all) => all.indexOf(key) !== i);
    expect(twice).toEqual([]);
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
