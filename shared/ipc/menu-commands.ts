// Commands the app's menu (Electron) or keyboard shortcuts (web fallback) send to the
// renderer. The renderer maps each to an action; main never decides what they do.

/** Screens a `navigate:` command can open. */
export const SCREENS = ['library', 'search', 'clients', 'briefings', 'deadlines', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

export const MENU_COMMANDS = [
  /** 导入快讯: pick bulletin files. */
  'import',
  /** 导入文件夹: pick a folder of bulletins. */
  'import-folder',
  /** 粘贴导入: a notice's text pasted into a dialog, its fields checked before saving. */
  'paste-import',
  /** Put the caret in the 搜索 box. */
  'focus-search',
  'open-settings',
  'new-client',
  'new-briefing',
  'export-deadlines',
  'backup',
  'restore',
  'about',
  ...SCREENS.map((screen) => `navigate:${screen}` as const),
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

const known: ReadonlySet<string> = new Set(MENU_COMMANDS);

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && known.has(value);
}
