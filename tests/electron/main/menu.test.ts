// The native menu in Chinese: its menus, labels and accelerators, and that each app item
// sends the right command to the page (main itself does nothing with them).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../../../shared/ipc/contract.ts';
import { buildMenuTemplate, installMenu, sendMenuCommand } from '../../../electron/main/menu.ts';
import { asWindow, FakeBrowserWindow, fake, resetElectronMock } from '../../support/electron/electron-mock.ts';

vi.mock('electron', async () => (await import('../../support/electron/electron-mock.ts')).electronModule);

beforeEach(() => {
  resetElectronMock();
});

function template(platform: NodeJS.Platform, isDev = false) {
  const send = vi.fn();
  return { menus: buildMenuTemplate({ appName: '政策快讯助手', platform, isDev, send }), send };
}

function items(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

function find(menus: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  for (const menu of menus) {
    const item = items(menu).find((candidate) => candidate.label === label);
    if (item) return item;
  }
  throw new Error(`no menu item ${label}`);
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('menu template', () => {
  it('has 文件, 编辑, 视图 and 帮助 on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(template(platform).menus.map((menu) => menu.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    }
  });

  it('adds the app menu and 窗口 on macOS', () => {
    const { menus } = template('darwin');
    expect(menus.map((menu) => menu.label)).toEqual(['政策快讯助手', '文件', '编辑', '视图', '窗口', '帮助']);
    expect(items(menus[0]).map((item) => item.role ?? item.label ?? item.type)).toEqual([
      '关于政策快讯助手',
      'separator',
      '设置…',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
  });

  it.each([
    ['导入快讯…', 'CmdOrCtrl+O', 'import'],
    ['导入文件夹…', 'CmdOrCtrl+Shift+O', 'import-folder'],
    ['搜索', 'CmdOrCtrl+F', 'focus-search'],
    ['设置…', 'CmdOrCtrl+,', 'open-settings'],
    ['新建客户', 'CmdOrCtrl+N', 'new-client'],
    ['资料库', 'CmdOrCtrl+1', 'navigate:library'],
    ['截止日期', 'CmdOrCtrl+4', 'navigate:deadlines'],
    ['生成简报…', undefined, 'new-briefing'],
    ['备份资料库…', undefined, 'backup'],
    ['从备份恢复…', undefined, 'restore'],
    ['导出截止日期日历…', undefined, 'export-deadlines'],
    ['关于政策快讯助手', undefined, 'about'],
  ])('%s has accelerator %s and sends %s', (label, accelerator, command) => {
    for (const platform of ['win32', 'darwin'] as const) {
      const { menus, send } = template(platform);
      const item = find(menus, label);
      expect(item.accelerator).toBe(accelerator);
      click(item);
      expect(send).toHaveBeenCalledExactlyOnceWith(command);
    }
  });

  it('uses the standard roles, in Chinese, for editing and zoom', () => {
    const { menus } = template('linux');
    const edit = items(menus[1]).filter((item) => item.role).map((item) => [item.role, item.label]);
    expect(edit).toEqual([
      ['undo', '撤销'],
      ['redo', '重做'],
      ['cut', '剪切'],
      ['copy', '复制'],
      ['paste', '粘贴'],
      ['delete', '删除'],
      ['selectAll', '全选'],
    ]);
    const view = items(menus[2]).filter((item) => item.role).map((item) => item.role);
    expect(view).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(items(menus[0]).at(-1)).toEqual({ role: 'quit', label: '退出' });
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => items(template('linux', isDev).menus[2]).map((item) => item.role);
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
  });

  it('gives no two items the same accelerator', () => {
    for (const platform of ['darwin', 'linux'] as const) {
      const accelerators = template(platform).menus.flatMap((menu) => items(menu).map((item) => item.accelerator).filter(Boolean));
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });
});

describe('installMenu and sendMenuCommand', () => {
  it('installs the built menu as the application menu', () => {
    installMenu({ appName: '政策快讯助手', platform: 'linux', isDev: false, send: vi.fn() });
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledWith(fake.Menu.buildFromTemplate.mock.results[0]?.value);
  });

  it('sends the command on the menu channel, waiting for a page still loading', () => {
    const window = new FakeBrowserWindow({});
    sendMenuCommand(asWindow(window), 'import');
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(MENU_COMMAND_CHANNEL, 'import');

    const loading = new FakeBrowserWindow({});
    loading.webContents.loading = true;
    sendMenuCommand(asWindow(loading), 'open-settings');
    expect(loading.webContents.send).not.toHaveBeenCalled();
    loading.webContents.emit('did-finish-load');
    expect(loading.webContents.send).toHaveBeenCalledExactlyOnceWith(MENU_COMMAND_CHANNEL, 'open-settings');
  });
});
