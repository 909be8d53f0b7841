// 政策关系 on real notices: the documents the labels of ../shared/real-notices and of our own
// set (tests/fixtures/real) say each notice cites, found with the relation the text names
// (转发 a forwarded notice, 依据 what it acts on, 修订/废止 what a decision amends or repeals,
// 解读 what a 解读 explains), for at least 90% of them in each folder.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/bulletins.ts';
import { scoreCites } from '../../support/score-cites.ts';
import { SHARED_DIR } from '../../support/shared-inputs.ts';

const FOLDERS = [
  ['../shared/real-notices', path.join(SHARED_DIR, 'real-notices')],
  ['tests/fixtures/real', path.join(repoRoot, 'tests/fixtures/real')],
] as const;

describe.each(FOLDERS)('citations of %s', (_name, folder) => {
  it('finds at least 90% of the labelled citations with their relation', async () => {
    const score = await scoreCites(folder);
    expect(score.total).toBeGreaterThan(100);
    const misses = score.misses.map((m) => `${m.file} · ${m.cite} · want ${m.want} got ${m.got}`);
    expect(score.right / score.total, `${score.right}/${score.total}\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});
