// How a match reads: the reason chips of 推荐 and the command line's `reasons[].text`.
// Chinese, in one place, like the briefing's wording: the same words in the app, the
// CLI and a note pre-filled by 采纳.
import type { Evidence } from './evidence.ts';
import type { Hit, MatchReason } from './match.ts';
import type { PolicyFeatures } from './notice-features.ts';
import { ENTERPRISE_KINDS, MONEY_BENEFITS, type EnterpriseKindId } from './vocabulary.ts';

const KIND_LABEL = new Map<EnterpriseKindId, string>(ENTERPRISE_KINDS.map((k) => [k.id, k.label]));
const label = (kind: EnterpriseKindId): string => KIND_LABEL.get(kind) ?? kind;

/** （申报条件第二条） when the evidence stands in the conditions, else ''. */
function conditionsNote(features: PolicyFeatures, evidence: Evidence): string {
  const { conditions } = features;
  if (!conditions || typeof evidence.place !== 'number') return '';
  const paragraph = conditions.paragraphs.find((p) => p.index === evidence.place);
  if (!paragraph) return '';
  return `（${conditions.heading}${paragraph.item ?? ''}）`;
}

/** The title, heading or conditions paragraph the keyword stands in. */
function keywordEvidence(features: PolicyFeatures, keyword: string): Evidence | null {
  const lines = features.keyText.split('\n').map((text, i) => ({ text, place: features.keyPlaces[i] }));
  const conditions = features.conditions;
  if (conditions) {
    const paragraphs = conditions.text.split('\n');
    conditions.paragraphs.forEach((p, i) => lines.push({ text: paragraphs[i] ?? '', place: p.index }));
  }
  const line = lines.find((l) => l.text.includes(keyword));
  return line && line.place !== undefined ? { text: line.text, place: line.place } : null;
}

export function wordHit(hit: Hit, features: PolicyFeatures): MatchReason[] {
  const { scope } = features;
  switch (hit.kind) {
    case 'region': {
      if (hit.scope === 'national' || scope.kind === 'national') return [{ kind: 'region', text: '地区：全国', evidence: null, points: hit.points }];
      const text =
        hit.scope === 'local' ? `地区：${scope.label}` : hit.scope === 'city-unknown' ? `地区：${scope.label}（请核实所在城市）` : `地区：限${scope.label}（客户未填地区）`;
      return [{ kind: 'region', text, evidence: scope.evidence, points: hit.points }];
    }
    case 'qualification': {
      const item = features.kinds.find((k) => k.kind === hit.qualification);
      const evidence = item?.evidence ?? null;
      return [{ kind: 'qualification', text: `资质：${label(hit.qualification)}${evidence ? conditionsNote(features, evidence) : ''}`, evidence, points: hit.points }];
    }
    case 'industry': {
      const item = features.industries.find((i) => i.industry === hit.industry);
      return [{ kind: 'industry', text: `行业：${hit.industry}`, evidence: item?.evidence ?? null, points: hit.points }];
    }
    case 'size': {
      const item = features.kinds.find((k) => k.kind === hit.sizeKind);
      return [{ kind: 'size', text: `规模：${label(hit.sizeKind)}`, evidence: item?.evidence ?? null, points: hit.points }];
    }
    case 'sector': {
      const item = features.kinds.find((k) => k.kind === '制造业企业');
      return [{ kind: 'sector', text: '类型：制造业企业', evidence: item?.evidence ?? null, points: hit.points }];
    }
    case 'keyword':
      return [{ kind: 'keyword', text: `关键词：${hit.keyword}`, evidence: keywordEvidence(features, hit.keyword), points: hit.points }];
    case 'deadline': {
      const deadline = features.application.deadline ?? '';
      const text = hit.daysLeft > 0 ? `截止 ${deadline}，剩 ${hit.daysLeft} 天` : hit.daysLeft === 0 ? `今天截止（${deadline}）` : `已截止（${deadline}）`;
      return [{ kind: 'deadline', text, evidence: features.application.evidence, points: hit.points }];
    }
    case 'benefit': {
      const money = features.benefits.filter((b) => MONEY_BENEFITS.has(b.benefit));
      const amount = features.maxAmount ? `（最高 ${features.maxAmount.text}）` : '';
      const evidence = features.maxAmount?.evidence ?? money[0]?.evidence ?? null;
      return [{ kind: 'benefit', text: `支持：${money.map((b) => b.benefit).join('、')}${amount}`, evidence, points: hit.points }];
    }
    case 'age': {
      const limit = features.ageLimit;
      return [{ kind: 'age', text: '成立年限：符合', evidence: limit?.evidence ?? null, points: hit.points }];
    }
    case 'excluded':
      return [];
  }
}

/** The reason a pair is excluded: 仅限山西省企业, 仅面向城市/地方政府, 仅限小微企业, 要求成立满3年. */
export function excludedReason(features: PolicyFeatures, hit: Hit | undefined): MatchReason {
  const why = hit?.kind === 'excluded' ? hit.why : 'region';
  const { scope } = features;
  switch (why) {
    case 'region':
      return { kind: 'excluded', text: scope.kind === 'regional' ? `仅限${scope.label}企业` : '地区不符', evidence: scope.kind === 'regional' ? scope.evidence : null, points: 0 };
    case 'organisation': {
      const organisations = hit?.kind === 'excluded' ? (hit.organisations ?? 0) : 0;
      const kinds = features.kinds.filter((k) => (organisations & (1 << ENTERPRISE_KINDS.findIndex((e) => e.id === k.kind))) !== 0);
      return { kind: 'excluded', text: `仅面向${kinds.map((k) => label(k.kind)).join('、') || '机构'}，不面向企业`, evidence: kinds[0]?.evidence ?? null, points: 0 };
    }
    case 'size': {
      const sizeKind = hit?.kind === 'excluded' ? hit.sizeKind : undefined;
      const item = sizeKind ? features.kinds.find((k) => k.kind === sizeKind) : undefined;
      return { kind: 'excluded', text: `仅限${sizeKind ? label(sizeKind) : '特定规模企业'}`, evidence: item?.evidence ?? null, points: 0 };
    }
    case 'age': {
      const limit = features.ageLimit;
      const text = limit?.minYears != null ? `要求成立满${limit.minYears}年` : `要求成立不超过${limit?.maxYears ?? ''}年`;
      return { kind: 'excluded', text, evidence: limit?.evidence ?? null, points: 0 };
    }
  }
}
