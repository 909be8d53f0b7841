// Menu commands (Electron's menu, or the same shortcuts in a browser) mapped to actions.
// Main never decides what a command does; the renderer does, here.
import { useEffect } from 'react';
import { getBridge } from '../platform/bridge/index.ts';
import type { MenuCommand } from '../../shared/ipc/contract.ts';
import { listClients, type LibraryDb } from '../data/library/index.ts';
import { backupLibrary, startRestore } from '../features/settings/index.ts';
import { importFolderFromDialog, importFromDialog, usePasteImport } from '../features/import/index.ts';
import { useLibrary, reportError, useNavigation } from '../core/index.ts';
import { useSearch } from '../features/search/index.ts';
import { useBriefingDraft } from '../features/briefings/index.ts';
import { useClientsView } from '../core/index.ts';
import { useDeadlinesView, exportDeadlines, loadDeadlines } from '../features/deadlines/index.ts';

export function useMenuCommands(): void {
  const db = useLibrary();
  useEffect(() => getBridge().onMenuCommand((command) => runCommand(db, command)), [db]);
}

export function runCommand(db: LibraryDb, command: MenuCommand): void {
  const navigate = useNavigation.getState().navigate;
  switch (command) {
    case 'import':
      importFromDialog(db).catch(reportError);
      return;
    case 'import-folder':
      importFolderFromDialog(db).catch(reportError);
      return;
    case 'paste-import':
      // On the library, where what is pasted lands.
      navigate('library');
      usePasteImport.getState().show();
      return;
    case 'focus-search':
      useSearch.getState().requestFocus();
      return;
    case 'open-settings':
    case 'about':
      navigate('settings');
      return;
    case 'backup':
      backupLibrary(db).catch(reportError);
      return;
    case 'restore':
      startRestore(db).catch(reportError);
      return;
    case 'new-client':
      navigate('clients');
      useClientsView.getState().newClient();
      return;
    case 'new-briefing':
      startBriefing(db).catch(reportError);
      return;
    case 'export-deadlines':
      navigate('deadlines');
      loadDeadlines(db, useDeadlinesView.getState().includeUntagged)
        .then((items) => exportDeadlines(items, undefined, useDeadlinesView.getState().includePassed))
        .catch(reportError);
      return;
    default:
      navigate(command.slice('navigate:'.length) as Parameters<typeof navigate>[0]);
  }
}

/**
 * 新建简报: for the client whose page is showing, if the 客户 screen is (with none chosen
 * it shows the first by name); else the 简报 screen asks which.
 */
async function startBriefing(db: LibraryDb): Promise<void> {
  const { screen, navigate } = useNavigation.getState();
  if (screen === 'clients') {
    const clientId = useClientsView.getState().openClientId ?? (await listClients(db))[0]?.id;
    if (clientId !== undefined) useBriefingDraft.getState().chooseClient(clientId);
  }
  navigate('briefings');
}
