// The briefing being composed on the 简报 screen: for which client, over which period,
// in which design, and the consultant's edits (in or out, note, excerpt, relevance,
// order). The notices themselves come live from the library (see briefing-items.ts).
import type { ClientId, NoticeId } from '../../../shared/model/ids.ts';
import { create } from 'zustand';
import type { BriefingTemplateId } from '../../../shared/model/briefing.ts';
import type { BriefingRecord } from '../../../shared/model/library.ts';
import type { ItemEdit } from './briefing-items.ts';

type BriefingDraftState = {
  clientId: ClientId | null;
  /** YYYY-MM-DD, or '' for no bound. */
  from: string;
  to: string;
  template: BriefingTemplateId;
  /** null: the default title for the issue number. */
  title: string | null;
  /** 期号 chosen by hand; null: the client's next one this year. */
  issueNumber: number | null;
  /** The briefing just saved, shown until 新建简报 (or another client). */
  saved: BriefingRecord | null;
  edits: Readonly<Record<NoticeId, ItemEdit>>;
  /** Notice ids in the consultant's order (see composeItems). */
  order: readonly NoticeId[];
  chooseClient: (clientId: ClientId | null) => void;
  setPeriod: (from: string, to: string) => void;
  setTemplate: (template: BriefingTemplateId) => void;
  setTitle: (title: string | null) => void;
  setIssueNumber: (issueNumber: number | null) => void;
  showSaved: (record: BriefingRecord) => void;
  edit: (noticeId: NoticeId, patch: ItemEdit) => void;
  setOrder: (order: readonly NoticeId[]) => void;
  /** 新建简报 after a save: the saved notices count as sent now, so the edits start afresh. */
  restart: () => void;
};

export const useBriefingDraft = create<BriefingDraftState>()((set) => ({
  clientId: null,
  from: '',
  to: '',
  template: 'gongwen',
  title: null,
  issueNumber: null,
  saved: null,
  edits: {},
  order: [],
  chooseClient: (clientId) => set((state) => (state.clientId === clientId ? state : { clientId, edits: {}, order: [], title: null, issueNumber: null, saved: null })),
  setPeriod: (from, to) => set({ from, to }),
  setTemplate: (template) => set({ template }),
  setTitle: (title) => set({ title }),
  setIssueNumber: (issueNumber) => set({ issueNumber }),
  showSaved: (record) => set({ saved: record }),
  edit: (noticeId, patch) => set((state) => ({ edits: { ...state.edits, [noticeId]: { ...state.edits[noticeId], ...patch } } })),
  setOrder: (order) => set({ order }),
  restart: () => set({ edits: {}, order: [], title: null, issueNumber: null, saved: null }),
}));
