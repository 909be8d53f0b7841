// The native menu: 文件 / 编辑 / 视图 / 帮助 (and the app and 窗口 menus on macOS).
// App actions do nothing in main: they send a MenuCommand to the renderer, which owns
// the behaviour, so the menu and the web build's shortcuts lead to the same code.
import { Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { MENU_COMMAND_CHANNEL } from '../../shared/ipc/contract.ts';
import type { MenuCommand } from '../../shared/ipc/menu-commands.ts';
import { acceleratorFor } from '../../shared/ipc/shortcuts.ts';
import { strings } from './strings.ts';

export type MenuOptions = {
  appName: string;
  platform: NodeJS.Platform;
  /** Reload and developer tools, only in an unpacked app. */
  isDev: boolean;
  send: (command: MenuCommand) => void;
};

const m = strings.menu;

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const command = (label: string, menuCommand: MenuCommand): MenuItemConstructorOptions => {
    const accelerator = acceleratorFor(menuCommand);
    return { label, ...(accelerator !== undefined ? { accelerator } : {}), click: () => options.send(menuCommand) };
  };
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      command(m.about(options.appName), 'about'),
      separator,
      command(m.settings, 'open-settings'),
      separator,
      { role: 'services', label: m.services },
      separator,
      { role: 'hide', label: m.hide(options.appName) },
      { role: 'hideOthers', label: m.hideOthers },
      { role: 'unhide', label: m.unhide },
      separator,
      { role: 'quit', label: m.quit(options.appName) },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: m.file,
    submenu: [
      command(m.importBulletins, 'import'),
      command(m.importFolder, 'import-folder'),
      command(m.pasteImport, 'paste-import'),
      separator,
      command(m.newClient, 'new-client'),
      command(m.newBriefing, 'new-briefing'),
      command(m.exportDeadlines, 'export-deadlines'),
      separator,
      command(m.backup, 'backup'),
      command(m.restore, 'restore'),
      ...(isMac
        ? [separator, { role: 'close', label: m.closeWindow } satisfies MenuItemConstructorOptions]
        : [separator, command(m.settings, 'open-settings'), separator, { role: 'quit', label: m.exit } satisfies MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: m.edit,
    submenu: [
      { role: 'undo', label: m.undo },
      { role: 'redo', label: m.redo },
      separator,
      { role: 'cut', label: m.cut },
      { role: 'copy', label: m.copy },
      { role: 'paste', label: m.paste },
      ...(isMac ? [{ role: 'pasteAndMatchStyle', label: m.pasteAndMatchStyle } satisfies MenuItemConstructorOptions] : []),
      { role: 'delete', label: m.delete },
      { role: 'selectAll', label: m.selectAll },
      separator,
      command(m.find, 'focus-search'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: m.view,
    submenu: [
      command(m.library, 'navigate:library'),
      command(m.clients, 'navigate:clients'),
      command(m.briefings, 'navigate:briefings'),
      command(m.deadlines, 'navigate:deadlines'),
      separator,
      { role: 'resetZoom', label: m.actualSize },
      { role: 'zoomIn', label: m.zoomIn },
      { role: 'zoomOut', label: m.zoomOut },
      separator,
      { role: 'togglefullscreen', label: m.fullScreen },
      ...(options.isDev
        ? [
            separator,
            { role: 'reload', label: m.reload } satisfies MenuItemConstructorOptions,
            { role: 'toggleDevTools', label: m.devTools } satisfies MenuItemConstructorOptions,
          ]
        : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: m.window,
    role: 'windowMenu',
    submenu: [{ role: 'minimize', label: m.minimize }, { role: 'zoom', label: m.zoom }, separator, { role: 'front', label: m.front }],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: m.help,
    role: 'help',
    // macOS adds its own search field to the menu with the help role.
    submenu: [command(m.about(options.appName), 'about')],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, ...(isMac ? [windowMenu] : []), helpMenu];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}

type CommandTarget = {
  webContents: Pick<WebContents, 'send' | 'isLoading' | 'once'>;
};

/** Sends a command to the page, waiting for it to finish loading if it has not yet. */
export function sendMenuCommand(window: CommandTarget, command: MenuCommand): void {
  const send = (): void => window.webContents.send(MENU_COMMAND_CHANNEL, command);
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}
