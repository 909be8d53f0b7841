// The library's public API: the UI and the other areas import from here only, never a
// table. Every function takes the database handle first, so tests open a fresh one each.
export { LibraryDb, LIBRARY_NAME, openLibrary, type ConnectionEvent } from './db.ts';
export { LibraryError, type LibraryErrorCode, type LibraryProblem } from './errors.ts';
export {
  LOG_CONSUMERS,
  advanceCursor,
  changeHead,
  compactChanges,
  getCursor,
  readChanges,
  watchChangeHead,
  type ChangeBatch,
  type LogConsumer,
} from './change-log.ts';
export { requestPersistentStorage, type PersistenceState } from './persist.ts';
export {
  countBulletins,
  deleteBulletin,
  findBulletinByHash,
  getBulletin,
  listBulletins,
  previewBulletinDeletion,
  type BulletinDeletion,
} from './bulletins.ts';
export {
  countNotices,
  findNotices,
  findNoticesByDocNumber,
  getNotice,
  getNotices,
  getNoticeSummaries,
  listNoticeSummaries,
  noticesOfBulletin,
  deadlineEntries,
  deadlineEntriesOf,
  noticesWithDeadline,
  streamNotices,
  type DeadlineRange,
  type NoticeDeadlineEntry,
  type NoticeFilter,
} from './notices.ts';
export { storeBulletin, type BulletinToStore, type MergedNotice, type StoredOutcome } from './store-bulletin.ts';
export { createClient, deleteClient, getClient, importClients, listClients, updateClient, type ClientImportWrite, type ClientInput } from './clients.ts';
export {
  tagsOfClient,
  tagsOfNotices,
  listTags,
  tagNotices,
  untagNotices,
  updateTag,
  type TagRequest,
} from './tags.ts';
export { briefingFile, briefingsOfClient, briefingsWithFiles, listBriefings, nextIssue, recordBriefing, sentNoticeIds, uniqueFileName, type BriefingInput } from './briefings.ts';
export { dismissSuggestion, dismissalsOfClient, listDismissals, restoreSuggestion } from './dismissals.ts';
export { catchUpNoticeFeatures, explainFeatures, getNoticeFeatures, isCurrent } from './notice-features.ts';
export {
  catchUpNoticeRelations,
  getNoticeRelations,
  isCurrentRelations,
  relationsOf,
  streamNoticeRelations,
  validityOfNotices,
  type LinkedRelations,
  type RelatedNotice,
} from './notice-relations.ts';
export { deleteSearchIndex, loadSearchIndex, saveSearchIndex } from './persisted-index.ts';
export { PROVINCES, deriveProvince, type Province } from './notice-province.ts';
export { getProfile, getSetting, putSetting, saveProfile } from './settings.ts';
export { exportBackup, inspectBackup, isLibraryEmpty, restoreBackup, type BackupInfo, type RestoreMode, type RestoreProgress } from './backup.ts';
export { CorrectionError, applyCorrection, correctNotice, normaliseCorrection } from './notice-edits.ts';
export { getOriginal, originalOfNotice } from './originals.ts';
export { reviewMarks } from './review.ts';
