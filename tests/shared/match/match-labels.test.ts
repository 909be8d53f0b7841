// The labelled set (tests/labels/match-labels.json): clients, and for each every notice of
// the three bulletins judged relevant or not by a person, with the reason. Matching must
// suggest the relevant ones (recall), put few others in its top 5 (precision), and never
// suggest a notice limited to another region.
import { codeWords } from '../../../renderer/platform/i18n/codes.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainMatch } from '../../../shared/match/score-pair.ts';
import { deriveFeatures } from '../../../shared/match/notice-features.ts';
import type { MatchProfile } from '../../../shared/match/profile.ts';
import { bulletinNotices } from '../../support/bulletin-docs.ts';
import { repoRoot } from '../../support/bulletins.ts';

type Labels = { profiles: { client: MatchProfile; judgments: { title: string; relevant: boolean; why: string }[] }[] };
const labels = JSON.parse(readFileSync(path.join(repoRoot, 'tests/labels/match-labels.json'), 'utf8')) as Labels;
// The bulletins' own time: their deadlines are open or just closed.
const TODAY = '2018-12-01';

describe('matching on the labelled set', () => {
  const notices = bulletinNotices().map((notice) => ({ notice, features: deriveFeatures(notice) }));

  it('has at least 6 clients, each judging every notice with a reason', () => {
    expect(labels.profiles.length).toBeGreaterThanOrEqual(6);
    for (const { judgments } of labels.profiles) {
      expect(judgments.map((j) => j.title).sort()).toEqual(notices.map((n) => n.notice.title).sort());
      for (const j of judgments) expect(j.why.length).toBeGreaterThan(4);
    }
  });

  it('precision of the top 5 and recall are at least 0.9; no notice of another region is suggested', () => {
    let topSuggested = 0;
    let topRelevant = 0;
    let relevant = 0;
    let found = 0;
    for (const { client, judgments } of labels.profiles) {
      const isRelevant = new Map(judgments.map((j) => [j.title, j.relevant]));
      const results = notices.map(({ notice, features }) => ({ notice, features, result: explainMatch(features, client, TODAY) }));
      const suggested = results.filter((r) => r.result.suggested).sort((a, b) => b.result.score - a.result.score);
      const top = suggested.slice(0, 5);
      topSuggested += top.length;
      topRelevant += top.filter((r) => isRelevant.get(r.notice.title)).length;
      relevant += judgments.filter((j) => j.relevant).length;
      found += suggested.filter((r) => isRelevant.get(r.notice.title)).length;
      for (const { features, result } of suggested) {
        if (features.scope.kind !== 'regional') continue;
        // A suggested regional notice is one of the client's region: its reason says so.
        const region = result.excluded ? undefined : result.reasons.find((r) => r.kind === 'region');
        expect(result.excluded || (region && codeWords.matchReason(region))).toBe(`地区：${features.scope.label}`);
      }
    }
    expect(topRelevant / topSuggested).toBeGreaterThanOrEqual(0.9);
    expect(found / relevant).toBeGreaterThanOrEqual(0.9);
  });
});
