// Whether the 截止日期 screen lists every notice with a deadline or only those tagged to
// a client. Kept outside the screen: the menu's 导出截止日期 exports what it shows.
import { create } from 'zustand';

type DeadlinesViewState = {
  includeUntagged: boolean;
  setIncludeUntagged: (value: boolean) => void;
};

export const useDeadlinesView = create<DeadlinesViewState>()((set) => ({
  includeUntagged: false,
  setIncludeUntagged: (includeUntagged) => set({ includeUntagged }),
}));
