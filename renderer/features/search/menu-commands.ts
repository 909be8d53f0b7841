// The search's menu command: put the caret in the 搜索 box (Ctrl/Cmd+F).
import type { MenuCommandContribution } from '../../core/index.ts';
import { useSearch } from './store.ts';

export const menuCommands: MenuCommandContribution = {
  'focus-search': () => {
    useSearch.getState().requestFocus();
  },
};
