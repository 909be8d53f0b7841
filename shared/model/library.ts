// The records the offline library stores (renderer/data/library keeps them in IndexedDB
// through Dexie). Pure types: the UI, search and briefing code share them without
// depending on the storage.
//
// Times are ISO 8601 strings (`new Date().toISOString()`): they sort as text, read well
// in a backup file, and survive JSON without a reviver. Ids are global strings (see
// shared/model/ids.ts): a notice's comes from its 文号 or title, a file's from its bytes,
// the consultant's own records are random. The same notice imported on two machines has
// the same id, and no table a team shares has an auto-incremented key.
import type { ParsedNotice } from './notice.ts';
import type { CompiledNotice } from '../match/compiled-notice.ts';
import type { CompanySize } from '../match/vocabulary.ts';
import type { NoticeRelations } from '../relations/notice-relations.ts';
import type { BriefingId, BulletinId, ClientId, DismissalId, NoticeId, TagId } from './ids.ts';

export type { TagId, BriefingId, BulletinId, ClientId, DismissalId, NoticeId } from './ids.ts';

/** The file formats the import accepts. */
/** What a stored file was: the extracted formats, or text pasted into the app (粘贴导入). */
export type BulletinFormat = 'txt' | 'md' | 'docx' | 'pdf' | 'html' | 'mhtml' | 'doc' | 'paste';

/** One imported file: a bulletin issue. */
export type StoredBulletin = {
  id: BulletinId;
  publisher: string | null;
  issue: string | null;
  /** The file name as the user picked it (no folder). */
  fileName: string;
  /** What the file held: absent for a bulletin issue; one 公文 or several (web page, Word, pasted text). */
  kind?: 'bulletin' | 'notice' | 'notices';
  format: BulletinFormat;
  /** SHA-256 of the file's bytes, lowercase hex: importing the same file twice is refused by this key. */
  contentHash: string;
  byteLength: number;
  /** Every notice of this bulletin in printed order, including those first seen in another bulletin. */
  noticeIds: NoticeId[];
  /** The newest notice date (YYYY-MM-DD) in the bulletin, a stand-in for the issue date; null when no notice has one. */
  newestNoticeDate: string | null;
  importedAt: string;
  /**
   * Other files of the same issue (the .docx or .pdf of a bulletin first imported as
   * .txt, another encoding): one row per issue, whatever the files it came from.
   */
  sources?: BulletinSource[];
  /** The contentHash of each of `sources`, as an index: those bytes are known too. */
  sourceHashes?: string[];
};

/** One more file of a bulletin issue already in the library. */
export type BulletinSource = {
  fileName: string;
  format: BulletinFormat;
  contentHash: string;
  byteLength: number;
  importedAt: string;
};

/**
 * A notice as the library lists it: everything but the body. The body lives in its own
 * table so that listing, sorting and filtering 50,000 notices never loads 50,000 bodies.
 */
export type NoticeSummary = Omit<ParsedNotice, 'body'> & {
  id: NoticeId;
  /** docNumberKey(docNumber) from shared/text/normalize.ts, or null when there is no 文号. */
  docKey: string | null;
  /** titleKey(title) from shared/text/normalize.ts. */
  titleKey: string;
  /** `${titleKey}|${date ?? ''}`: the second duplicate rule (same title and same date) as one indexable key. */
  titleDateKey: string;
  /** Year of `date`, or null: a facet. */
  year: number | null;
  /**
   * The province-level region the notice is about (北京, 山西, …), from a regional issuing
   * agency or the title's first words; null for national notices or when nothing says.
   */
  province: string | null;
  /** The bulletins this notice was printed in, oldest import first. Never empty. */
  sourceBulletinIds: BulletinId[];
  /** Characters in the body, so the list can show the size without loading it. */
  bodyLength: number;
  importedAt: string;
  /** When a later import last merged into this notice (= importedAt until then). */
  updatedAt: string;
  /** The date of each of `deadlines` (a multi-entry index: the deadlines view finds every one). */
  deadlineDates: string[];
  /**
   * Fields the consultant corrected in the reader (or before saving a paste), and when.
   * A later import of the same notice never overwrites them; the duplicate keys stay the
   * parsed ones, so the same text imported again still finds this notice.
   */
  edited?: { fields: EditableField[]; at: string };
};

/** The fields of a notice the consultant can correct. */
export const EDITABLE_FIELDS = ['title', 'docNumber', 'agencies', 'date', 'deadline', 'deadlines', 'category', 'url'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
/** A correction: the new values of some editable fields. */
export type NoticeCorrection = Partial<Pick<NoticeSummary, EditableField>>;

/**
 * The text a file was read from (and a saved page's own HTML), keyed by the stored file's
 * id, so the reader can show the original beside the fields it gave.
 */
export type StoredOriginal = {
  id: BulletinId;
  text: string;
  /** A saved web page's HTML, shown as the page rendered it (without its scripts); null otherwise. */
  html: string | null;
};

/** The body of one notice, keyed by the notice id. */
export type NoticeBody = {
  id: NoticeId;
  body: string[];
};

/** A whole notice: the parsed notice with its library fields. */
export type StoredNotice = NoticeSummary & { body: string[] };

/** A client company of the consultant. */
export type Client = {
  id: ClientId;
  name: string;
  /** Province and city as the form took them (北京市 / 北京); district may be ''. */
  region: { province: string; city: string; district: string };
  /**
   * The consultant's text: typed, or an industry's name picked from the form's list
   * (zh.codes.industries). Matching reads it as industry codes (industriesOfText).
   */
  industry: string;
  /**
   * What it holds or is (资质与标签): 高新技术企业, 专精特新, 小微企业, 瞪羚企业, … as the
   * consultant typed or picked them. Words, not codes: the list mixes the vocabulary's
   * names with the consultant's own words and is shown, searched and edited as such, so a
   * code for the picked ones would only add a second spelling to keep apart. Matching
   * reads each as enterprise-kind codes (kindsOfQualification), names and synonyms alike.
   */
  qualifications: string[];
  /** Its size (GB/T 划型) as a code, worded by zh.codes.companySizes; null when not known. */
  size: CompanySize | null;
  foundedYear: number | null;
  /** A few words of the client's business (绿色工厂, 余热回收), looked for in notices. */
  keywords: string[];
  contactPerson: string;
  notes: string;
  /** 截止提醒: days ahead of a deadline to remind; absent or null: the default (7), 0: none. */
  reminderDays?: number | null;
  createdAt: string;
  updatedAt: string;
};

/** A suggested notice the consultant set aside for one client (忽略): not suggested again. */
export type Dismissal = {
  id: DismissalId;
  clientId: ClientId;
  noticeId: NoticeId;
  dismissedAt: string;
};

/**
 * What matching reads of a notice, computed at import and kept by notice id: the compact
 * form the match engine scores (masks, numbers, the keyword text). The worded evidence is
 * not stored: it is derived again from the body for the few suggestions shown, which
 * keeps this table a third the size of the bodies and always in step with the extractor.
 */
export type NoticeFeaturesRecord = {
  id: NoticeId;
  /** FEATURES_VERSION of the extractor that made it: older ones are computed again. */
  version: number;
  compiled: CompiledNotice;
};

/**
 * What 政策关系 reads of a notice (shared/relations), computed at import and kept by
 * notice id: the documents it cites, its stated validity, the keys it is known by.
 * Indexed both ways (relations.ownKeys: who is known by a key; citedKeys: who cites under
 * it), so the reader finds links in either direction, and a notice imported later
 * links to the citations already waiting for it.
 */
export type NoticeRelationsRecord = {
  id: NoticeId;
  /** RELATIONS_VERSION of the extractor that made it: older ones are computed again. */
  version: number;
  title: string;
  docNumber: string | null;
  date: string | null;
  province: string | null;
  relations: NoticeRelations;
  /** Every key its citations are under (citedKeysOf). */
  citedKeys: string[];
};

/** How much a tagged notice matters to the client (worded 高 / 中 / 低 by the UI). */
export const RELEVANCES = ['high', 'medium', 'low'] as const;
export type Relevance = (typeof RELEVANCES)[number];

/** A notice tagged to a client, with the consultant's note. One per (client, notice). */
export type Tag = {
  id: TagId;
  clientId: ClientId;
  noticeId: NoticeId;
  /** The consultant's own 点评: what a briefing prints as 顾问点评. Never the machine's words. */
  note: string;
  /**
   * Why 推荐 suggested it, as the reasons read when the consultant took it (采纳); absent
   * for a tag made by hand. Kept apart from the note (schema 13 moved old ones out of it).
   */
  reasons?: string[];
  relevance: Relevance;
  taggedAt: string;
};

/** One saved briefing: which notices went to which client, when. */
export type BriefingRecord = {
  id: BriefingId;
  clientId: ClientId;
  title: string;
  /** The template's name (the briefing model in shared/ defines the choices). */
  template: string;
  fileName: string;
  noticeIds: NoticeId[];
  createdAt: string;
  /** 第N期 of the client's year; absent in records older releases wrote. */
  issue?: BriefingIssue;
};

/** A briefing's number: the client's Nth of that year. */
export type BriefingIssue = { year: number; number: number };

/** The .docx a briefing was saved as, keyed by its record's id. */
export type BriefingFile = { id: BriefingId; bytes: Uint8Array<ArrayBuffer> };

/** The consultant's own details, printed on briefings. */
export type ConsultantProfile = {
  name: string;
  company: string;
  phone: string;
  email: string;
};

/** A JSON-shaped setting value (what a backup file can carry unchanged). */
export type SettingValue = string | number | boolean | null | SettingValue[] | { [key: string]: SettingValue };

/** One setting: the consultant profile lives under the key `profile`. */
export type SettingRecord = {
  key: string;
  value: SettingValue;
};

/** The search index persisted by the search helper, so opening the app does not rebuild it. */
export type SearchIndexRecord = {
  /** Which index (e.g. `notices`). */
  key: string;
  /** The serialisation format's version: an index of another version is rebuilt, not read. */
  formatVersion: number;
  /** How many notices the index covers, to notice a stale index cheaply. */
  noticeCount: number;
  bytes: Uint8Array;
  updatedAt: string;
};

/** A table whose writes the change log records (renderer/data/library/change-log.ts). */
export type LoggedTable =
  | 'bulletins'
  | 'notices'
  | 'noticeBodies'
  | 'originals'
  | 'clients'
  | 'tags'
  | 'dismissals'
  | 'briefings'
  | 'briefingFiles'
  | 'settings';

/**
 * One row of the library's change log: one write to a table, the keys it put or deleted
 * (in one row: a row costs IndexedDB about as much as a notice's body, so an import of
 * nine notices writes one row for them, not nine), or the whole table replaced (`reset`:
 * a restore, an upgrade; no keys). `seq` grows with every row and is never reused.
 *
 * Rows logged by earlier builds, and the `reset` rows the upgrades to schema 8 and 10
 * seed, hold one key each (null for a reset): `OneKeyChangeRecord`, read the same way.
 */
export type ChangeRecord = WriteChangeRecord | OneKeyChangeRecord;

export type WriteChangeRecord = {
  seq: number;
  table: LoggedTable;
  kind: 'put' | 'delete' | 'reset';
  keys: string[];
};

export type OneKeyChangeRecord = {
  seq: number;
  table: LoggedTable;
  kind: 'put' | 'delete' | 'reset';
  key: string | null;
};

/** How far one consumer of the change log (the search index, a derived table) has applied it. */
export type CursorRecord = {
  consumer: string;
  seq: number;
  /** A derived table's: the version of the code that derived it (derived-consumer.ts). */
  version?: number;
};
