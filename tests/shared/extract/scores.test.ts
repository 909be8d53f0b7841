// The bar for real file formats: a bulletin's .docx and .pdf, read by the
// real command line (`cli parse FILE --json`), must score within 2 points of its .txt
// with the team's ../shared/tools/score-parse.mjs. Two kinds of each: LibreOffice's
// conversion of the .txt (one paragraph a line), and a Word-style document (headings,
// paragraph spacing, running header and 第 N 页 共 M 页 footer on every page) with its
// PDF. Bulletin 003 has no labels: its .docx/.pdf must parse as its .txt does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bulletinAs,
  bulletinPath,
  labelsPath,
  LABELLED_BULLETINS,
  SCORE_TOOL,
  wordStyleBulletin,
  wordStyleBulletinPdf,
  type BulletinId,
} from '../../support/fixtures.ts';
import { runCli } from '../../support/run-cli.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'extract-score-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const VARIANTS = {
  'LibreOffice .docx': (id: BulletinId) => bulletinAs(id, 'docx'),
  'LibreOffice .pdf': (id: BulletinId) => bulletinAs(id, 'pdf'),
  'Word-style .docx': (id: BulletinId) => wordStyleBulletin(id),
  'Word-style .pdf (header, footer)': (id: BulletinId) => wordStyleBulletinPdf(id),
} as const;
type Variant = keyof typeof VARIANTS;

const extensionOf = (variant: Variant) => (variant.includes('.pdf') ? 'pdf' : 'docx');

/** The CLI's --json for a file; fails the test with the CLI's stderr when it does not succeed. */
function parseJson(file: string): string {
  const cli = runCli(['parse', file, '--json']);
  expect(cli.stderr, `cli parse ${file}`).toBe('');
  expect(cli.code).toBe(0);
  return cli.stdout;
}

/** score-parse.mjs accuracy in percent (labels file, predicted JSON). */
function score(labels: string, predictedJson: string, name: string): { percent: number; report: string } {
  const predicted = path.join(workDir, `${name}.json`);
  writeFileSync(predicted, predictedJson);
  const run = spawnSync(process.execPath, [SCORE_TOOL, labels, predicted], { encoding: 'utf8' });
  const summary = /fields right: \d+\/\d+ = ([\d.]+)%/.exec(run.stdout);
  expect(summary, run.stdout + run.stderr).not.toBeNull();
  return { percent: Number(summary?.[1]), report: run.stdout };
}

async function writeVariant(id: BulletinId, variant: Variant): Promise<string> {
  const file = path.join(workDir, `${id}-${variant.replace(/\W+/g, '-')}.${extensionOf(variant)}`);
  writeFileSync(file, await VARIANTS[variant](id));
  return file;
}

describe.each(LABELLED_BULLETINS)('bulletin %s', (id) => {
  let txtScore = 0;
  beforeAll(() => {
    txtScore = score(labelsPath(id), parseJson(bulletinPath(id)), `${id}-txt`).percent;
  });

  it.each(Object.keys(VARIANTS) as Variant[])('%s scores within 2 points of the .txt', async (variant) => {
    const file = await writeVariant(id, variant);
    const { percent, report } = score(labelsPath(id), parseJson(file), path.basename(file));
    expect(percent, `${variant}: ${percent}% vs .txt ${txtScore}%\n${report}`).toBeGreaterThanOrEqual(txtScore - 2);
  });
});

describe('bulletin 003 (no labels): .docx and .pdf parse as the .txt does', () => {
  const id = '003_03e8824eaceeb4ce';
  let reference = '';
  beforeAll(() => {
    // The .txt's own parse, in the labels format score-parse.mjs reads.
    const parsed = JSON.parse(parseJson(bulletinPath(id))) as { notices: unknown[] };
    reference = path.join(workDir, `${id}-reference.labels.json`);
    writeFileSync(reference, JSON.stringify({ notices: parsed.notices }));
  });

  it.each(Object.keys(VARIANTS) as Variant[])('%s agrees with the .txt on at least 98 per cent of fields', async (variant) => {
    const file = await writeVariant(id, variant);
    const { percent, report } = score(reference, parseJson(file), path.basename(file));
    expect(percent, report).toBeGreaterThanOrEqual(98);
  });
});
