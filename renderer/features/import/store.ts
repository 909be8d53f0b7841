// The import in progress (per file and overall) and the report of the last one.
import type { NoticeId } from '../../../shared/model/ids.ts';
import { create } from 'zustand';
import type { ImportProgress, ImportReport, ImportStage } from '../../data/import/index.ts';

export type FileProgress = { name: string; stage: ImportStage; percent: number };

type ImportState = {
  running: boolean;
  files: FileProgress[];
  overall: number;
  report: ImportReport | null;
  /** Refused texts of the report saved as notices by hand (保存为通知): the notice's id by the file's index. */
  savedAsNotice: Record<number, NoticeId>;
  /** Aborts the running import (files already saved stay). */
  abort: (() => void) | null;
  start: (names: readonly string[], abort: () => void) => void;
  progress: (progress: ImportProgress) => void;
  finish: (report: ImportReport) => void;
  fail: () => void;
  closeReport: () => void;
  noteSavedAsNotice: (fileIndex: number, noticeId: NoticeId) => void;
};

export const useImport = create<ImportState>()((set) => ({
  running: false,
  files: [],
  overall: 0,
  report: null,
  savedAsNotice: {},
  abort: null,
  start: (names, abort) =>
    set({ running: true, files: names.map((name) => ({ name, stage: 'queued', percent: 0 })), overall: 0, report: null, savedAsNotice: {}, abort }),
  progress: ({ fileIndex, stage, percent, overall }) =>
    set((state) => ({
      overall,
      files: state.files.map((file, i) => (i === fileIndex ? { ...file, stage, percent } : file)),
    })),
  finish: (report) => set({ running: false, overall: 100, report, abort: null }),
  fail: () => set({ running: false, abort: null }),
  closeReport: () => set({ report: null, files: [], savedAsNotice: {} }),
  noteSavedAsNotice: (fileIndex, noticeId) => set((state) => ({ savedAsNotice: { ...state.savedAsNotice, [fileIndex]: noticeId } })),
}));

/** A refused file of the import report whose text the 粘贴导入 dialog opened with (保存为通知). */
export type RefusedText = { fileIndex: number; fileName: string; text: string };

type PasteImportState = {
  open: boolean;
  /** Set when the dialog was opened from the import report with a refused file's text. */
  from: RefusedText | null;
  show: (from?: RefusedText) => void;
  close: () => void;
};

/** Whether the 粘贴导入 dialog is open, and with which text from the import report. */
export const usePasteImport = create<PasteImportState>()((set) => ({
  open: false,
  from: null,
  show: (from) => set({ open: true, from: from ?? null }),
  close: () => set({ open: false, from: null }),
}));
