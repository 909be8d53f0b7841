// Facts about the running app that the status bar and 设置 show.
import { create } from 'zustand';
import type { PersistenceState } from '../data/library/index.ts';

export type IndexStatus =
  | { state: 'loading' }
  | { state: 'building'; done: number; total: number }
  | { state: 'ready' }
  | { state: 'failed'; message: string };

type AppStatusState = {
  persistence: PersistenceState | 'pending';
  index: IndexStatus;
  setPersistence: (persistence: PersistenceState) => void;
  setIndex: (index: IndexStatus) => void;
};

export const useAppStatus = create<AppStatusState>()((set) => ({
  persistence: 'pending',
  index: { state: 'loading' },
  setPersistence: (persistence) => set({ persistence }),
  setIndex: (index) => set({ index }),
}));
