// The import in progress (per file and overall) and the report of the last one.
import { create } from 'zustand';
import type { ImportProgress, ImportReport, ImportStage } from '../../data/import/index.ts';

export type FileProgress = { name: string; stage: ImportStage; percent: number };

type ImportState = {
  running: boolean;
  files: FileProgress[];
  overall: number;
  report: ImportReport | null;
  /** Aborts the running import (files already saved stay). */
  abort: (() => void) | null;
  start: (names: readonly string[], abort: () => void) => void;
  progress: (progress: ImportProgress) => void;
  finish: (report: ImportReport) => void;
  fail: () => void;
  closeReport: () => void;
};

export const useImport = create<ImportState>()((set) => ({
  running: false,
  files: [],
  overall: 0,
  report: null,
  abort: null,
  start: (names, abort) =>
    set({ running: true, files: names.map((name) => ({ name, stage: 'queued', percent: 0 })), overall: 0, report: null, abort }),
  progress: ({ fileIndex, stage, percent, overall }) =>
    set((state) => ({
      overall,
      files: state.files.map((file, i) => (i === fileIndex ? { ...file, stage, percent } : file)),
    })),
  finish: (report) => set({ running: false, overall: 100, report, abort: null }),
  fail: () => set({ running: false, abort: null }),
  closeReport: () => set({ report: null, files: [] }),
}));

/** Whether the 粘贴导入 dialog is open. */
export const usePasteImport = create<{ open: boolean; show: () => void; close: () => void }>()((set) => ({
  open: false,
  show: () => set({ open: true }),
  close: () => set({ open: false }),
}));
