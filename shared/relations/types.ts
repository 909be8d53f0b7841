// 政策关系: what a notice says about other documents (the ones it cites, implements,
// amends, repeals or interprets) and about its own time in force. Plain data, computed
// at import (shared/relations/notice-relations.ts) and linked across the library
// (relation-graph.ts, and the library's noticeRelations table).
import type { NoticeId } from '../model/ids.ts';

/**
 * How a notice relates to a document it cites, when its text names it (a code, stored in
 * noticeRelations; its words are the UI's and the command line's):
 * basis (依据) it is based on it (根据/按照/为贯彻落实《…》); issues (印发) it issues it
 * (关于印发《…》的通知); forwards (转发) it passes on another body's document (关于转发《…》的
 * 通知, 现将《…》转发给你们); amends (修订); repeals (废止); replaces (代替); interprets (解读);
 * publishes (公示) it publishes the results of it (a 名单 of the call it cites); extends (延期).
 */
export type CitationRelation = 'basis' | 'issues' | 'forwards' | 'amends' | 'repeals' | 'replaces' | 'interprets' | 'publishes' | 'extends';

export const CITATION_RELATIONS: readonly CitationRelation[] = ['basis', 'issues', 'forwards', 'amends', 'repeals', 'replaces', 'interprets', 'publishes', 'extends'];

/** Relations that end the cited document's time in force. */
export const ENDING_RELATIONS: ReadonlySet<CitationRelation> = new Set(['repeals', 'replaces', 'amends']);

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

/**
 * A notice's validity today, as a code: in-force (现行有效, stated in force), repealed
 * (已废止, repealed or replaced by a library notice), amended (已修订), expired (已失效,
 * past its 有效期), unknown (未知).
 */
export type ValidityStatus = 'in-force' | 'repealed' | 'amended' | 'expired' | 'unknown';

export const VALIDITY_STATUSES: readonly ValidityStatus[] = ['in-force', 'repealed', 'amended', 'expired', 'unknown'];

/** A library notice that ends another (repeals, replaces or amends it), as a reason names it. */
export type ValidityEnding = {
  title: string;
  docNumber: string | null;
  relation: CitationRelation;
  /** When the ending takes effect (YYYY-MM-DD), or null when not known. */
  from: string | null;
};

/** Why a notice has its validity, as data the UI and the command line word. */
export type ValidityReason =
  /** Repealed, replaced or amended by a library notice. */
  | { kind: 'ended'; by: ValidityEnding }
  /** Past its 有效期. */
  | { kind: 'expired'; expiresOn: string }
  /**
   * In force as the notice states it: from when (and whether that is still to come), to
   * when, and a library notice that will end it later.
   */
  | { kind: 'stated'; effectiveFrom: string | null; notYetInForce: boolean; expiresOn: string | null; pending: ValidityEnding | null }
  /** Nothing stated, but a library notice will end it later. */
  | { kind: 'pending'; pending: ValidityEnding }
  /** No 施行 date or 有效期 stated, and no library notice ends it. */
  | { kind: 'unstated' };

/** A notice's validity as the library sees it today, with the reason as data. */
export type Validity = {
  status: ValidityStatus;
  reason: ValidityReason;
  /** The notice that repealed, replaced or amended it, when one in the library did. */
  endedBy?: { id: NoticeId; title: string; relation: CitationRelation };
};
