// The briefings' menu command: 新建简报.
import { listClients, type LibraryDb } from '../../data/library/index.ts';
import { reportError, useClientsView, useNavigation, type MenuCommandContribution } from '../../core/index.ts';
import { useBriefingDraft } from './store.ts';

export const menuCommands: MenuCommandContribution = {
  'new-briefing': (db) => {
    startBriefing(db).catch(reportError);
  },
};

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
