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

const ORDER = [50, 40, 30, 20, 10];
const chosen = () => [...useSelection.getState().selected].sort((a, b) => a - b);

describe('notice selection', () => {
  beforeEach(() => useSelection.getState().clear());

  it('toggles one notice per click', () => {
    const { click } = useSelection.getState();
    click(40, ORDER, false);
    click(20, ORDER, false);
    expect(chosen()).toEqual([20, 40]);
    click(40, ORDER, false);
    expect(chosen()).toEqual([20]);
  });

  it('selects the rows between the anchor and a shift-click, whichever way', () => {
    useSelection.getState().click(40, ORDER, false);
    useSelection.getState().click(10, ORDER, true);
    expect(chosen()).toEqual([10, 20, 30, 40]);
    useSelection.getState().clear();
    useSelection.getState().click(20, ORDER, false);
    useSelection.getState().click(50, ORDER, true);
    expect(chosen()).toEqual([20, 30, 40, 50]);
  });

  it('treats a shift-click without an anchor as a plain click', () => {
    useSelection.getState().click(30, ORDER, true);
    expect(chosen()).toEqual([30]);
  });

  it('forgets notices that left the library, and the anchor with them', () => {
    useSelection.getState().click(40, ORDER, false);
    useSelection.getState().click(20, ORDER, false);
    useSelection.getState().drop([20, 99]);
    expect(chosen()).toEqual([40]);
    expect(useSelection.getState().anchor).toBeNull();
  });

  it('selects all listed notices from the header, and clears them when all are chosen', () => {
    useSelection.getState().click(99, [99], false);
    useSelection.getState().toggleAll(ORDER);
    expect(chosen()).toEqual([10, 20, 30, 40, 50, 99]);
    useSelection.getState().toggleAll(ORDER);
    expect(chosen()).toEqual([99]);
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
    useClientsView.setState({ openClientId: 7 });
    runCommand(db, 'new-briefing');
    await vi.waitFor(() => expect(useNavigation.getState().screen).toBe('briefings'));
    expect(useBriefingDraft.getState().clientId).toBe(7);
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
    useNavigation.setState({ readerStack: [3] });
    runCommand(db, 'navigate:deadlines');
    expect(useNavigation.getState()).toMatchObject({ screen: 'deadlines', readerStack: [] });
    db.close();
  });
});
