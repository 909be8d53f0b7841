// The settings' menu commands: 设置 and 关于 (both the 设置 screen), 备份资料库 and 从备份恢复.
import { reportError, useNavigation, type MenuCommandContribution } from '../../core/index.ts';
import { backupLibrary, startRestore } from './backup-actions.ts';

const openSettings = () => useNavigation.getState().navigate('settings');

export const menuCommands: MenuCommandContribution = {
  'open-settings': openSettings,
  about: openSettings,
  backup: (db) => {
    backupLibrary(db).catch(reportError);
  },
  restore: (db) => {
    startRestore(db).catch(reportError);
  },
};
