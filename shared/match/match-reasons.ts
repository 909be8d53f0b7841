// How a match explains itself: the reasons of 推荐 and of the command line's `reasons`, as
// data (what fired, with the notice's own words it fired on). The app (renderer/platform/
// i18n) and the command line (electron/node/cli/strings.ts) word them.
import type { Evidence } from './evidence.ts';
import type { Hit } from './score-pair.ts';
import type { NoticeFeatures } from './notice-features.ts';
import { holdsKeyword } from './keyword-forms.ts';
import type { Threshold, ThresholdMeasure } from './thresholds.ts';
import { ENTERPRISE_KINDS, MONEY_BENEFITS, type BenefitId, type EnterpriseKindId, type IndustryId } from './vocabulary.ts';

/** Why a notice suits a client, or why it is excluded, before it is worded. */
export type MatchReasonFacts =
  /** The notice is national, or the client's region is unknown and the notice is for all. */
  | { kind: 'region'; scope: 'national' }
  /** local: the client's region; city-unknown: its province, city to check; unknown-client: the client has none. */
  | { kind: 'region'; scope: 'local' | 'city-unknown' | 'unknown-client'; region: string }
  /** `condition`: the conditions heading and item it stands in (申报条件第二条), or null. */
  | { kind: 'qualification'; qualification: EnterpriseKindId; condition: string | null }
  | { kind: 'industry'; industry: IndustryId }
  | { kind: 'size'; sizeKind: EnterpriseKindId }
  /** For manufacturers (制造业企业). */
  | { kind: 'sector' }
  | { kind: 'keyword'; keyword: string }
  /** The applicant's deadline as printed, and days left from today (negative: passed). */
  /** `recurring`: a yearly or numbered round (年度, 第N批): a passed one is last round's, to prepare the next. */
  | { kind: 'deadline'; deadline: string; daysLeft: number; recurring: boolean }
  /** Money the notice gives, and its highest amount as printed. */
  | { kind: 'benefit'; benefits: BenefitId[]; maxAmount: string | null }
  /** The client's age fits the notice's 成立年限. */
  | { kind: 'age' }
  /** 待核实: a size the notice is limited to, and the client's size is not known. */
  | { kind: 'check'; what: 'size'; sizeKind: EnterpriseKindId }
  /** 待核实: the notice's 成立年限, and the client's founding year is not known. */
  | { kind: 'check'; what: 'age'; minYears: number | null; maxYears: number | null }
  /** 待核实: a figure the applicant must reach (营业收入不低于1000万元); profiles hold no such figures. */
  | { kind: 'check'; what: 'threshold'; measure: ThresholdMeasure; atLeast: number; unit: Threshold['unit'] }
  /** 待核实: a qualification the conditions ask for that the client's profile does not list. */
  | { kind: 'check'; what: 'qualification'; qualification: EnterpriseKindId }
  /** A call open to enterprises of every industry: of the client's own area, or national for the client's size. */
  | { kind: 'open'; national: boolean }
  /** Only for the region named (null: a local notice whose place the copy does not show). */
  | { kind: 'excluded'; why: 'region'; region: string | null }
  /** Only for these organisations (none named: 机构), not for enterprises. */
  | { kind: 'excluded'; why: 'organisation'; organisations: EnterpriseKindId[] }
  /** Only for this size (null: a size not named). */
  | { kind: 'excluded'; why: 'size'; sizeKind: EnterpriseKindId | null }
  /** Founded at least minYears ago, or at most maxYears ago. */
  | { kind: 'excluded'; why: 'age'; minYears: number | null; maxYears: number | null }
  /** The call closed (its deadline) before the client was founded. */
  | { kind: 'excluded'; why: 'before-founded'; deadline: string }
  /** Nothing to apply for: a 公示 or list of results, a repeal. */
  | { kind: 'excluded'; why: 'no-action'; action: 'results' | 'repeal' };

export type MatchReason = MatchReasonFacts & {
  /** The sentence it came from; null for what comes from the client alone. */
  evidence: Evidence | null;
  points: number;
};

/** The conditions heading and item the evidence stands in (申报条件第二条), else null. */
function conditionOf(features: NoticeFeatures, evidence: Evidence): string | null {
  const { conditions } = features;
  if (!conditions || typeof evidence.place !== 'number') return null;
  const paragraph = conditions.paragraphs.find((p) => p.index === evidence.place);
  if (!paragraph) return null;
  return `${conditions.heading}${paragraph.item ?? ''}`;
}

/** The title, heading or conditions paragraph the keyword stands in. */
function keywordEvidence(features: NoticeFeatures, keyword: string): Evidence | null {
  const lines = features.keyText.split('\n').map((text, i) => ({ text, place: features.keyPlaces[i] }));
  const conditions = features.conditions;
  if (conditions) {
    const paragraphs = conditions.text.split('\n');
    conditions.paragraphs.forEach((p, i) => lines.push({ text: paragraphs[i] ?? '', place: p.index }));
  }
  // Not found as written: its characters stand spread in the title (增值税发票 in 增值税电子普通发票).
  const line = lines.find((l) => holdsKeyword(l.text, keyword)) ?? lines[0];
  return line && line.place !== undefined ? { text: line.text, place: line.place } : null;
}

export function reasonOfHit(hit: Hit, features: NoticeFeatures): MatchReason[] {
  const { scope } = features;
  switch (hit.kind) {
    case 'region': {
      // A national notice forwarded by the client's area reads as that area's (its forwarder's).
      const area = scope.kind === 'national' ? features.route : scope;
      if (hit.scope === 'national' || area?.kind !== 'regional') return [{ kind: 'region', scope: 'national', evidence: null, points: hit.points }];
      return [{ kind: 'region', scope: hit.scope, region: area.label, evidence: area.evidence, points: hit.points }];
    }
    case 'qualification': {
      const item = features.kinds.find((k) => k.kind === hit.qualification);
      const evidence = item?.evidence ?? null;
      return [{ kind: 'qualification', qualification: hit.qualification, condition: evidence ? conditionOf(features, evidence) : null, evidence, points: hit.points }];
    }
    case 'industry': {
      const item = features.industries.find((i) => i.industry === hit.industry);
      return [{ kind: 'industry', industry: hit.industry, evidence: item?.evidence ?? null, points: hit.points }];
    }
    case 'size': {
      const item = features.kinds.find((k) => k.kind === hit.sizeKind);
      return [{ kind: 'size', sizeKind: hit.sizeKind, evidence: item?.evidence ?? null, points: hit.points }];
    }
    case 'sector': {
      const item = features.kinds.find((k) => k.kind === 'manufacturer');
      return [{ kind: 'sector', evidence: item?.evidence ?? null, points: hit.points }];
    }
    case 'keyword':
      return [{ kind: 'keyword', keyword: hit.keyword, evidence: keywordEvidence(features, hit.keyword), points: hit.points }];
    case 'deadline':
      return [{ kind: 'deadline', deadline: features.application.deadline ?? '', daysLeft: hit.daysLeft, recurring: features.recurring, evidence: features.application.evidence, points: hit.points }];
    case 'benefit': {
      const money = features.benefits.filter((b) => MONEY_BENEFITS.has(b.benefit));
      const evidence = features.maxAmount?.evidence ?? money[0]?.evidence ?? null;
      return [{ kind: 'benefit', benefits: money.map((b) => b.benefit), maxAmount: features.maxAmount?.text ?? null, evidence, points: hit.points }];
    }
    case 'age':
      return [{ kind: 'age', evidence: features.ageLimit?.evidence ?? null, points: hit.points }];
    case 'check': {
      if (hit.what === 'size') {
        const item = features.kinds.find((k) => k.kind === hit.sizeKind);
        return [{ kind: 'check', what: 'size', sizeKind: hit.sizeKind, evidence: item?.evidence ?? null, points: 0 }];
      }
      const limit = features.ageLimit;
      return [{ kind: 'check', what: 'age', minYears: limit?.minYears ?? null, maxYears: limit?.maxYears ?? null, evidence: limit?.evidence ?? null, points: 0 }];
    }
    case 'open':
      return [{ kind: 'open', national: hit.national, evidence: features.application.evidence ?? (features.scope.kind === 'regional' ? features.scope.evidence : null), points: hit.points }];
    case 'excluded':
      return [];
  }
}

/** The reason a pair is excluded: only for 山西省, for cities and governments, for 小微企业, founded 3 years. */
export function excludedReason(features: NoticeFeatures, hit: Hit | undefined): MatchReason {
  const why = hit?.kind === 'excluded' ? hit.why : 'region';
  const { scope } = features;
  switch (why) {
    case 'region':
      return scope.kind === 'regional'
        ? { kind: 'excluded', why: 'region', region: scope.places.length > 0 ? scope.label : null, evidence: scope.evidence, points: 0 }
        : { kind: 'excluded', why: 'region', region: null, evidence: null, points: 0 };
    case 'organisation': {
      const organisations = hit?.kind === 'excluded' ? (hit.organisations ?? 0) : 0;
      const kinds = features.kinds.filter((k) => (organisations & (1 << ENTERPRISE_KINDS.findIndex((e) => e.id === k.kind))) !== 0);
      return { kind: 'excluded', why: 'organisation', organisations: kinds.map((k) => k.kind), evidence: kinds[0]?.evidence ?? null, points: 0 };
    }
    case 'size': {
      const sizeKind = hit?.kind === 'excluded' ? hit.sizeKind : undefined;
      const item = sizeKind ? features.kinds.find((k) => k.kind === sizeKind) : undefined;
      return { kind: 'excluded', why: 'size', sizeKind: sizeKind ?? null, evidence: item?.evidence ?? null, points: 0 };
    }
    case 'before-founded':
      return { kind: 'excluded', why: 'before-founded', deadline: features.application.deadline ?? '', evidence: features.application.evidence, points: 0 };
    case 'no-action': {
      const action = features.noAction;
      return { kind: 'excluded', why: 'no-action', action: action?.kind ?? 'results', evidence: action?.evidence ?? null, points: 0 };
    }
    case 'age': {
      const limit = features.ageLimit;
      return { kind: 'excluded', why: 'age', minYears: limit?.minYears ?? null, maxYears: limit?.maxYears ?? null, evidence: limit?.evidence ?? null, points: 0 };
    }
  }
}

/** What the consultant must still check that no hit tells: each threshold, each required qualification the client does not list. */
export function checkReasons(features: NoticeFeatures, missingQualifications: readonly EnterpriseKindId[]): MatchReason[] {
  const qualifications = missingQualifications.map((qualification): MatchReason => {
    const item = features.kinds.find((k) => k.kind === qualification);
    return { kind: 'check', what: 'qualification', qualification, evidence: item?.evidence ?? null, points: 0 };
  });
  const thresholds = features.thresholds.map(
    (t): MatchReason => ({ kind: 'check', what: 'threshold', measure: t.measure, atLeast: t.atLeast, unit: t.unit, evidence: t.evidence, points: 0 }),
  );
  return [...qualifications, ...thresholds];
}
