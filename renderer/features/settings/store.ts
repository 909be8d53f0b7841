// Backup and restore in progress, and a restore waiting for the consultant's answer
// (replace the library that has data?). The menu and 设置 start the same flow.
import { create } from 'zustand';
import type { BackupInfo, RestoreProgress } from '../../data/library/index.ts';

export type PendingRestore = { fileName: string; blob: Blob; info: BackupInfo; current: { bulletins: number; notices: number } };

type BackupState = {
  busy: 'backup' | 'restore' | null;
  /** How far a restore has come (a 50,000-notice library takes a while). */
  progress: RestoreProgress | null;
  pending: PendingRestore | null;
  setBusy: (busy: BackupState['busy']) => void;
  setProgress: (progress: RestoreProgress | null) => void;
  ask: (pending: PendingRestore) => void;
  dismiss: () => void;
};

export const useBackup = create<BackupState>()((set) => ({
  busy: null,
  progress: null,
  pending: null,
  setBusy: (busy) => set({ busy }),
  setProgress: (progress) => set({ progress }),
  ask: (pending) => set({ pending }),
  dismiss: () => set({ pending: null }),
}));
