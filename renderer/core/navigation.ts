// Which screen is showing, and the notice open in the reader. The reader keeps a small
// history so that following a cited 文号 and pressing 返回 comes back to the notice that
// cited it, and the last 返回 shows the screen (list scroll and filters intact) again.
import type { NoticeId } from '../../shared/model/ids.ts';
import { create } from 'zustand';
import type { Screen } from '../../shared/ipc/menu-commands.ts';

export type { Screen };

type NavigationState = {
  screen: Screen;
  /** Notices opened in the reader, the one showing last. Empty: the screen shows. */
  readerStack: NoticeId[];
  navigate: (screen: Screen) => void;
  openNotice: (id: NoticeId) => void;
  /**
   * Body paragraphs to mark in a notice (where the reasons of a 推荐 came from), shown
   * while that notice is open; set by openWithEvidence.
   */
  evidence: { noticeId: NoticeId; paragraphs: number[] } | null;
  openWithEvidence: (id: NoticeId, paragraphs: number[]) => void;
  /** Back one notice, or out of the reader. */
  back: () => void;
  closeReader: () => void;
};

export const useNavigation = create<NavigationState>()((set) => ({
  screen: 'library',
  readerStack: [],
  evidence: null,
  navigate: (screen) => set({ screen, readerStack: [] }),
  openNotice: (id) =>
    set((state) => (state.readerStack.at(-1) === id ? state : { readerStack: [...state.readerStack, id] })),
  openWithEvidence: (id, paragraphs) =>
    set((state) => ({
      evidence: { noticeId: id, paragraphs },
      readerStack: state.readerStack.at(-1) === id ? state.readerStack : [...state.readerStack, id],
    })),
  back: () => set((state) => ({ readerStack: state.readerStack.slice(0, -1) })),
  closeReader: () => set({ readerStack: [] }),
}));

/** The notice the reader shows, or null when a screen shows. */
export function selectOpenNotice(state: NavigationState): NoticeId | null {
  return state.readerStack.at(-1) ?? null;
}
