// Whether the 截止日期 screen lists every notice with a deadline or only those tagged to
// a client. Kept outside the screen: the menu's 导出截止日期 exports what it shows.
import { create } from 'zustand';

type DeadlinesViewState = {
  includeUntagged: boolean;
  /** Whether 导出日历 also writes the deadlines already passed (a record of what was due). */
  includePassed: boolean;
  /** The day 知道了 was pressed on the reminder banner: it shows again the next day. */
  reminderDismissedOn: string | null;
  dismissReminder: (today: string) => void;
  setIncludeUntagged: (value: boolean) => void;
  setIncludePassed: (value: boolean) => void;
};

export const useDeadlinesView = create<DeadlinesViewState>()((set) => ({
  includeUntagged: false,
  includePassed: false,
  reminderDismissedOn: null,
  dismissReminder: (today) => set({ reminderDismissedOn: today }),
  setIncludeUntagged: (includeUntagged) => set({ includeUntagged }),
  setIncludePassed: (includePassed) => set({ includePassed }),
}));
