// The parsed form of a policy bulletin (快讯) and its notices. These field names are
// part of the command line's JSON contract (`cli parse FILE --json`) and of the
// hand-made labels in ../shared/bulletins/*.labels.json, so they must not be renamed.

/** A contact person printed in a notice (联系人 / 联系电话 / 邮箱). */
export type Contact = {
  name: string | null;
  /** The office or unit the contact belongs to (单位), where the notice names one. */
  unit: string | null;
  phone: string | null;
  email: string | null;
};

/** Whose deadline it is: the applicant's own, or a lower authority's that gathers and recommends. */
export type DeadlineParty = 'applicant' | 'authority';

/** One 申报截止 of a notice (a notice can have several: the applicant's and the district's, batches). */
export type NoticeDeadline = {
  /** YYYY-MM-DD. */
  date: string;
  party: DeadlineParty;
  /** The sentence it was read from. */
  evidence: string;
};

/** A field the parser could not read for sure, so the consultant should check it (需核对). */
export type ReviewField = 'title' | 'agencies' | 'date';

export const REVIEW_FIELDS: readonly ReviewField[] = ['title', 'agencies', 'date'];

/** The issue of a bulletin: who publishes it and which issue it is. */
export type BulletinInfo = {
  /** e.g. 北京关键要素科技有限公司; null where the text does not say. */
  publisher: string | null;
  /** e.g. (2018) 1202 期; null where the text does not say. */
  issue: string | null;
};

/** One government notice inside a bulletin. */
export type ParsedNotice = {
  /** Section label without brackets: 政策文件, 项目申报, 绿色制造, 申报通知, 中小服务平台, … */
  category: string;
  /** One line; wrapped lines joined; no stray spaces between Chinese characters. */
  title: string;
  /** The 文号 as printed (brackets kept, inner spaces removed), or null. */
  docNumber: string | null;
  /** 发文机关 from the signature block, one entry per agency. */
  agencies: string[];
  /** 成文日期 as YYYY-MM-DD, or null. */
  date: string | null;
  /** The 相关链接 URL, or null. */
  url: string | null;
  /** Other URLs found in the notice (not the 相关链接, not the publisher's own). */
  links: string[];
  /** The applicant's earliest 申报/报送/填报 deadline as YYYY-MM-DD (else the earliest), or null. */
  deadline: string | null;
  /** Every deadline, the applicant's first, each in date order. */
  deadlines: NoticeDeadline[];
  /** 附件 names. */
  attachments: string[];
  contacts: Contact[];
  /** 主送机关 of a single 公文 (`各区经信主管部门，…：`), when the reader found the line. */
  addressees?: string[];
  /** 文号 that the body cites (other documents), as printed. */
  citedDocNumbers: string[];
  /**
   * The document that carries this one, when it came attached to another in the same file
   * (a province's 转发 with the ministry's notice under it): applicants go through the
   * forwarder, so matching gives the notice the forwarder's area. Absent otherwise.
   */
  forwardedBy?: ForwardingDocument;
  /** Clean paragraphs, page furniture removed; headings and list items are their own paragraphs. */
  body: string[];
  /** Fields to check (需核对): present only when the parser was unsure of one. */
  review?: ReviewField[];
};

/** What matching needs of a forwarding document: who sent it, to whom, its first lines. */
export type ForwardingDocument = {
  title: string;
  agencies: string[];
  addressees: string[];
  /** Its paragraphs up to the document it forwards (the place it is of is often only there). */
  lead: string[];
  url?: string | null;
};

/** What the parser returns for one bulletin text. */
export type ParsedBulletin = {
  bulletin: BulletinInfo;
  notices: ParsedNotice[];
};
