// The deadlines' menu command: 导出日历 shows the 截止日期 screen and exports what it lists.
import { reportError, useNavigation, type MenuCommandContribution } from '../../core/index.ts';
import { exportDeadlines, loadDeadlines } from './deadline-list.ts';
import { useDeadlinesView } from './store.ts';

export const menuCommands: MenuCommandContribution = {
  'export-deadlines': (db) => {
    useNavigation.getState().navigate('deadlines');
    loadDeadlines(db, useDeadlinesView.getState().includeUntagged)
      .then((items) => exportDeadlines(items, undefined, useDeadlinesView.getState().includePassed))
      .catch(reportError);
  },
};
