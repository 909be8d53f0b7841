// The import's menu commands: 导入快讯, 导入文件夹 and 粘贴导入.
import { reportError, useNavigation, type MenuCommandContribution } from '../../core/index.ts';
import { importFolderFromDialog, importFromDialog } from './import-actions.ts';
import { usePasteImport } from './store.ts';

export const menuCommands: MenuCommandContribution = {
  import: (db) => {
    importFromDialog(db).catch(reportError);
  },
  'import-folder': (db) => {
    importFolderFromDialog(db).catch(reportError);
  },
  'paste-import': () => {
    // On the library, where what is pasted lands.
    useNavigation.getState().navigate('library');
    usePasteImport.getState().show();
  },
};
