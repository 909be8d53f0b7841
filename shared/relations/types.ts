// 政策关系: what a notice says about other documents (the ones it cites, implements,
// amends, repeals or interprets) and about its own time in force. Plain data, computed
// at import (shared/relations/notice-refs.ts) and linked across the library
// (relation-graph.ts, and the library's noticeRefs table).
import type { NoticeId } from '../model/ids.ts';

/**
 * How a notice relates to a document it cites, when its text names it:
 * 依据 it is based on it (根据/按照/为贯彻落实《…》); 印发 it issues it (关于印发《…》的通知);
 * 转发 it forwards it, another body's document passed on (关于转发《…》的通知, 现将《…》转发给你们);
 * 修订 it amends it; 废止 it repeals it; 代替 it replaces it; 解读 it interprets it;
 * 公示 it publishes the results of it (a 名单 of the call it cites); 延期 it extends it.
 */
export type CitationRelation = '依据' | '印发' | '转发' | '修订' | '废止' | '代替' | '解读' | '公示' | '延期';

export const CITATION_RELATIONS: readonly CitationRelation[] = ['依据', '印发', '转发', '修订', '废止', '代替', '解读', '公示', '延期'];

/** Relations that end the cited document's time in force. */
export const ENDING_RELATIONS: ReadonlySet<CitationRelation> = new Set(['废止', '代替', '修订']);

/** One document a notice cites. */
export type Citation = {
  /** The title as printed inside 《》 (inner <> kept), or null for a bare 文号. */
  title: string | null;
  /** The 文号 as printed, spaces removed, or null when none is printed with it. */
  docNumber: string | null;
  /** null when the text names no relation (the document is only mentioned). */
  relation: CitationRelation | null;
  /** A law cited by name (《公司法》, 《中华人民共和国公司法》). */
  law: boolean;
  /** The sentence it is cited in. */
  evidence: string;
  /** Lookup keys, strongest first (reference-keys.ts). */
  keys: string[];
};

/** What a notice says of its own validity. */
export type ValidityFacts = {
  /** 施行 (in force from), YYYY-MM-DD; 自印发之日起施行 gives the notice's date. */
  effectiveFrom: string | null;
  /** The last day in force (有效期至…, 有效期N年, 实施期限为2018-2020年), YYYY-MM-DD. */
  expiresOn: string | null;
  /** The sentence the dates come from, or null. */
  evidence: string | null;
};

export type ValidityStatus = '现行有效' | '已废止' | '已修订' | '已失效' | '未知';

export const VALIDITY_STATUSES: readonly ValidityStatus[] = ['现行有效', '已废止', '已修订', '已失效', '未知'];

/** A notice's validity as the library sees it today, with the reason in words. */
export type Validity = {
  status: ValidityStatus;
  reason: string;
  /** The notice that repealed, replaced or amended it, when one in the library did. */
  endedBy?: { id: NoticeId; title: string; relation: CitationRelation };
};
