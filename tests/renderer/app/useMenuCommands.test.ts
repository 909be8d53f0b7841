// Choosing notices in the list (a click toggles one and sets the anchor, a shift-click
// takes the rows in between in list order, the header toggles all listed), and the menu
// commands of issue 6 (新建客户, 新建简报, navigate:…), each carried out by the feature it
// belongs to (its menuCommands), merged by the app.
import { beforeEach, describe, expect, it, vi } from 'vitest';
// First: it installs fake-indexeddb before Dexie is loaded.
import { freshLibrary } from '../../support/library-fixture.ts';
import { createClient } from '../../../renderer/data/library/index.ts';
import { EMPTY_CLIENT } from '../../../renderer/core/client-form.ts';
import { MENU_CONTRIBUTIONS, mergeMenuCommands, runCommand } from '../../../renderer/app/useMenuCommands.ts';
import { MENU_COMMANDS } from '../../../shared/ipc/menu-commands.ts';
import { useBriefingDraft } from '../../../renderer/features/briefings/store.ts';
import { useClientsView } from '../../../renderer/core/clients-view.ts';
import { useNavigation } from '../../../renderer/core/navigation.ts';
import { useSelection } from '../../../renderer/features/library/selection.ts';
import { compareIds } from '../../../shared/model/ids.ts';

const ORDER = ['n50', 'n40', 'n30', 'n20', 'n10'];
const chosen = () => [...useSelection.getState().selected].sort(compareIds);

describe('notice selection', () => {
  beforeEach(() => useSelection.getState().clear());

  it('toggles one notice per click', () => {
    const { click } = useSelection.getState();
    click('n40', ORDER, false);
    click('n20', ORDER, false);
    expect(chosen()).toEqual(['n20', 'n40']);
    click('n40', ORDER, false);
    expect(chosen()).toEqual(['n20']);
  });

  it('selects the rows between the anchor and a shift-click, whichever way', () => {
    useSelection.getState().click('n40', ORDER, false);
    useSelection.getState().click('n10', ORDER, true);
    expect(chosen()).toEqual(['n10', 'n20', 'n30', 'n40']);
    useSelection.getState().clear();
    useSelection.getState().click('n20', ORDER, false);
    useSelection.getState().click('n50', ORDER, true);
    expect(chosen()).toEqual(['n20', 'n30', 'n40', 'n50']);
  });

  it('treats a shift-click without an anchor as a plain click', () => {
    useSelection.getState().click('n30', ORDER, true);
    expect(chosen()).toEqual(['n30']);
  });

  it('forgets notices that left the library, and the anchor with them', () => {
    useSelection.getState().click('n40', ORDER, false);
    useSelection.getState().click('n20', ORDER, false);
    useSelection.getState().drop(['n20', 'n99']);
    expect(chosen()).toEqual(['n40']);
    expect(useSelection.getState().anchor).toBeNull();
  });

  it('selects all listed notices from the header, and clears them when all are chosen', () => {
    useSelection.getState().click('n99', ['n99'], false);
    useSelection.getState().toggleAll(ORDER);
    expect(chosen()).toEqual(['n10', 'n20', 'n30', 'n40', 'n50', 'n99']);
    useSelection.getState().toggleAll(ORDER);
    expect(chosen()).toEqual(['n99']);
  });
});

describe('menu commands', () => {
  beforeEach(() => {
    useNavigation.setState({ screen: 'library', readerStack: [] });
    useClientsView.setState({ openClientId: null, form: null, deleting: null });
    useBriefingDraft.setState({ clientId: null });
  });

  it('新建客户 opens the 客户 screen with the form', async () => {
    const db = await freshLibrary();
    runCommand(db, 'new-client');
    expect(useNavigation.getState().screen).toBe('clients');
    expect(useClientsView.getState().form).toEqual({ mode: 'new' });
    db.close();
  });

  it('新建简报 on a client page starts that client’s briefing', async () => {
    const db = await freshLibrary();
    useNavigation.setState({ screen: 'clients' });
    useClientsView.setState({ openClientId: 'c7' });
    runCommand(db, 'new-briefing');
    await vi.waitFor(() => expect(useNavigation.getState().screen).toBe('briefings'));
    expect(useBriefingDraft.getState().clientId).toBe('c7');
    db.close();
  });

  it('新建简报 on the 客户 screen with no client chosen takes the one it shows first (by name)', async () => {
    const db = await freshLibrary();
    await createClient(db, { ...EMPTY_CLIENT, name: '山西晋兴制造有限公司' });
    const first = await createClient(db, { ...EMPTY_CLIENT, name: '北京绿源科技有限公司' });
    useNavigation.setState({ screen: 'clients' });
    runCommand(db, 'new-briefing');
    await vi.waitFor(() => expect(useNavigation.getState().screen).toBe('briefings'));
    expect(useBriefingDraft.getState().clientId).toBe(first.id);
    db.close();
  });

  it('新建简报 elsewhere leaves the choice of client to the 简报 screen', async () => {
    const db = await freshLibrary();
    await createClient(db, { ...EMPTY_CLIENT, name: '北京绿源科技有限公司' });
    runCommand(db, 'new-briefing');
    await vi.waitFor(() => expect(useNavigation.getState().screen).toBe('briefings'));
    expect(useBriefingDraft.getState().clientId).toBeNull();
    db.close();
  });

  it('is carried out by exactly one feature each, navigate:… by none (the app changes the screen)', () => {
    for (const command of MENU_COMMANDS) {
      const owners = MENU_CONTRIBUTIONS.filter((contribution) => contribution[command] !== undefined).length;
      expect(owners, command).toBe(command.startsWith('navigate:') ? 0 : 1);
    }
  });

  it('refuses two features handling the same command', () => {
    const handler = () => undefined;
    expect(() => mergeMenuCommands([{ backup: handler }, { backup: handler }])).toThrow(/backup/);
    expect(Object.keys(mergeMenuCommands([{ backup: handler }, { restore: handler }]))).toEqual(['backup', 'restore']);
  });

  it('navigate: opens the named screen and leaves the reader', async () => {
    const db = await freshLibrary();
    useNavigation.setState({ readerStack: ['n3'] });
    runCommand(db, 'navigate:deadlines');
    expect(useNavigation.getState()).toMatchObject({ screen: 'deadlines', readerStack: [] });
    db.close();
  });
});
