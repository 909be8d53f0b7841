// Whether the 截止日期 screen lists every notice with a deadline or only those tagged to
// a client. Kept outside the screen: the menu's 导出截止日期 exports what it shows.
import { create } from 'zustand';

type DeadlinesViewState = {
  includeUntagged: boolean;
  /** Whether 导出日历 also writes the deadlines already passed (a record of what was due). */
  includePassed: boolean;
  setIncludeUntagged: (value: boolean) => void;
  setIncludePassed: (value: boolean) => void;
};

export const useDeadlinesView = create<DeadlinesViewState>()((set) => ({
  includeUntagged: false,
  includePassed: false,
  setIncludeUntagged: (includeUntagged) => set({ includeUntagged }),
  setIncludePassed: (includePassed) => set({ includePassed }),
}));
