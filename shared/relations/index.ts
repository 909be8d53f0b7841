export * from './types.ts';
export { findCitations, type CitingNotice } from './citations.ts';
export { findValidity, validityOf, hasEnded, endedSince, type Ender } from './validity.ts';
export { deriveRelations, citedKeysOf, RELATIONS_VERSION, type NoticeRelations, type RelationsInput } from './notice-relations.ts';
export { resolveCitation, pickTarget, targetOf, SELF, MAX_OWNERS, type LinkCandidate, type Citer, type Resolution } from './resolve.ts';
export { RelationGraph, type GraphNotice, type CiteLink, type CitedByLink } from './relation-graph.ts';
export { docKeyOf, foldTitle, lawNameOf, issuedDocumentOf, citationKeysOf, ownKeysOf, titleKeysOf } from './reference-keys.ts';
