// Matching measured on labelled real notices it was not built on: each set is a folder
// of real notice files with client profiles judged by reading (relevant / irrelevant /
// unsure per file, with why). Per set: precision of the top 5 suggestions (what 推荐
// shows first; unsure ones left out), recall of the relevant notices among all
// suggestions, notices of another province suggested (must be none), and the share of
// checks `score-real-match.py` makes (a relevant notice in the top 5 of what is not
// excluded; no irrelevant one suggested or there). Same path as `cli match`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { explainMatch, type MatchResult } from '../../shared/match/score-pair.ts';
import { deriveFeatures } from '../../shared/match/notice-features.ts';
import type { MatchProfile } from '../../shared/match/profile.ts';
import { companySizeOf } from '../../shared/match/vocabulary.ts';
import type { ParsedNotice } from '../../shared/model/notice.ts';
import { readUniqueNotices } from '../../electron/node/cli/read-notices.ts';

type Judged = { file: string; why: string };
export type LabelledClient = {
  name: string;
  region: { province: string; city: string; district?: string };
  industry: string;
  tags: string[];
  size: string | null;
  foundedYear: number | null;
  keywords: string[];
  relevant: Judged[];
  irrelevant: Judged[];
  unsure?: Judged[];
};

export type MatchSet = { name: string; folder: string; clients: LabelledClient[] };

export type SetScore = {
  name: string;
  clients: number;
  /** Relevant among the first five suggestions, over the judged ones there. */
  precisionAt5: number;
  /** Relevant notices suggested, over the relevant ones. */
  recall: number;
  otherRegionSuggested: string[];
  checks: { passed: number; total: number };
  misses: string[];
};

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The sets on this machine: the team's own labels, and the shared folder's when present. */
export function matchSets(): MatchSet[] {
  const sets: MatchSet[] = [];
  const ours = JSON.parse(readFileSync(path.join(ROOT, 'tests/labels/real-clients.json'), 'utf8')) as { folder: string; clients: LabelledClient[] };
  sets.push({ name: 'ours (tests/labels/real-clients.json)', folder: path.join(ROOT, ours.folder), clients: ours.clients });
  // Written after the engine was changed on the set above, by sessions that never saw it: held out.
  const heldOut = JSON.parse(readFileSync(path.join(ROOT, 'tests/labels/real-clients-heldout.json'), 'utf8')) as { folder: string; clients: LabelledClient[] };
  sets.push({ name: 'held out (tests/labels/real-clients-heldout.json)', folder: path.join(ROOT, heldOut.folder), clients: heldOut.clients });
  const shared = path.resolve(ROOT, '../shared/real-notices');
  if (existsSync(path.join(shared, 'clients.json'))) {
    sets.push({ name: 'shared (../shared/real-notices)', folder: shared, clients: JSON.parse(readFileSync(path.join(shared, 'clients.json'), 'utf8')) as LabelledClient[] });
  }
  return sets;
}

function profileOf(client: LabelledClient): MatchProfile {
  return {
    name: client.name,
    region: { province: client.region.province, city: client.region.city, district: client.region.district ?? '' },
    industry: client.industry,
    qualifications: client.tags,
    size: companySizeOf(client.size),
    foundedYear: client.foundedYear,
    keywords: client.keywords,
  };
}

/**
 * The province a notice's labels give it (null: national or not said): the labelled notice of
 * the same title, else the one at its place in the file. A national call that came attached to
 * a 转发 is national, whoever forwarded it.
 */
function labelledProvince(folder: string, file: string, notice: ParsedNotice, index: number): string | null {
  const labels = path.join(folder, `${file}.labels.json`);
  if (!existsSync(labels)) return null;
  const data = JSON.parse(readFileSync(labels, 'utf8')) as { notices: { title?: string | null; region?: { province?: string | null } }[] };
  const sameTitle = data.notices.filter((n) => n.title && n.title === notice.title);
  const labelled = (sameTitle.length === 1 ? sameTitle[0] : undefined) ?? data.notices[index] ?? data.notices[0];
  return labelled?.region?.province ?? null;
}

const sameProvince = (a: string, b: string): boolean => a.slice(0, 2) === b.slice(0, 2);

export async function scoreMatchSet(set: MatchSet, today: string): Promise<SetScore> {
  const files = readdirSync(set.folder).filter((f) => !f.endsWith('.json') && !f.endsWith('.md') && !f.startsWith('queries'));
  const byFile = new Map<string, ParsedNotice[]>();
  for (const file of files) byFile.set(file, await readUniqueNotices([path.join(set.folder, file)]).catch(() => []));
  const features = new Map<ParsedNotice, ReturnType<typeof deriveFeatures>>();
  for (const notices of byFile.values()) for (const notice of notices) features.set(notice, deriveFeatures(notice));
  let top5Relevant = 0;
  let top5Judged = 0;
  let relevantFound = 0;
  let relevantAll = 0;
  let passed = 0;
  let total = 0;
  const otherRegion: string[] = [];
  const misses: string[] = [];
  for (const client of set.clients) {
    const profile = profileOf(client);
    const rows: { file: string; notice: ParsedNotice; index: number; result: MatchResult }[] = [];
    for (const [file, notices] of byFile) {
      notices.forEach((notice, index) => rows.push({ file, notice, index, result: explainMatch(features.get(notice) ?? deriveFeatures(notice), profile, today) }));
    }
    const suggested = rows.filter((r) => r.result.suggested).sort((a, b) => b.result.score - a.result.score);
    const kept = [...suggested, ...rows.filter((r) => !r.result.excluded && !r.result.suggested).sort((a, b) => b.result.score - a.result.score)];
    const relevant = new Set(client.relevant.map((j) => j.file));
    const irrelevant = new Set(client.irrelevant.map((j) => j.file));
    for (const row of suggested.slice(0, 5)) {
      if (relevant.has(row.file)) top5Relevant += 1;
      if (relevant.has(row.file) || irrelevant.has(row.file)) top5Judged += 1;
    }
    const suggestedFiles = new Set(suggested.map((r) => r.file));
    for (const file of relevant) {
      relevantAll += 1;
      if (suggestedFiles.has(file)) relevantFound += 1;
      else misses.push(`${client.name}: relevant not suggested: ${file}`);
    }
    for (const row of suggested) {
      const province = labelledProvince(set.folder, row.file, row.notice, row.index);
      if (province && !sameProvince(province, client.region.province)) otherRegion.push(`${client.name}: ${row.file} (${province})`);
    }
    const top5Files = new Set(kept.slice(0, 5).map((r) => r.file));
    for (const file of relevant) {
      total += 1;
      if (top5Files.has(file)) passed += 1;
    }
    for (const file of irrelevant) {
      total += 1;
      if (top5Files.has(file) || suggestedFiles.has(file)) misses.push(`${client.name}: irrelevant suggested or in top 5: ${file}`);
      else passed += 1;
    }
  }
  return {
    name: set.name,
    clients: set.clients.length,
    precisionAt5: top5Judged === 0 ? 1 : top5Relevant / top5Judged,
    recall: relevantAll === 0 ? 1 : relevantFound / relevantAll,
    otherRegionSuggested: otherRegion,
    checks: { passed, total },
    misses,
  };
}

export async function benchMatchReal(today: string, verbose = false): Promise<SetScore[]> {
  const scores: SetScore[] = [];
  for (const set of matchSets()) {
    const score = await scoreMatchSet(set, today);
    scores.push(score);
    if (verbose) for (const miss of [...score.misses, ...score.otherRegionSuggested.map((o) => `other region suggested: ${o}`)]) console.log(`  ${miss}`);
    console.log(
      `match real (${score.name}, ${score.clients} clients): precision of the top 5 ${score.precisionAt5.toFixed(2)}, recall ${score.recall.toFixed(2)}, ` +
        `other-region suggestions ${score.otherRegionSuggested.length}, checks ${score.checks.passed}/${score.checks.total}`,
    );
  }
  return scores;
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  await benchMatchReal(process.argv[2] ?? new Date().toISOString().slice(0, 10), true);
}
