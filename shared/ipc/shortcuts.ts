// Keyboard shortcuts, written once in Electron's accelerator syntax. The Electron menu
// shows them as accelerators; the web fallback listens for the same keys, so the app in
// a browser answers Ctrl/Cmd+O like the desktop one.
import type { MenuCommand } from './menu-commands.ts';

export type Shortcut = {
  command: MenuCommand;
  accelerator: string;
  /**
   * Whether a web page may take these keys. Browsers keep Ctrl+N (new window) and
   * Ctrl+1…8 (tabs) for themselves, so those stay desktop-only.
   */
  web: boolean;
};

export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'import', accelerator: 'CmdOrCtrl+O', web: true },
  { command: 'import-folder', accelerator: 'CmdOrCtrl+Shift+O', web: true },
  { command: 'paste-import', accelerator: 'CmdOrCtrl+Shift+V', web: true },
  { command: 'focus-search', accelerator: 'CmdOrCtrl+F', web: true },
  { command: 'open-settings', accelerator: 'CmdOrCtrl+,', web: true },
  { command: 'new-client', accelerator: 'CmdOrCtrl+N', web: false },
  { command: 'navigate:library', accelerator: 'CmdOrCtrl+1', web: false },
  { command: 'navigate:clients', accelerator: 'CmdOrCtrl+2', web: false },
  { command: 'navigate:briefings', accelerator: 'CmdOrCtrl+3', web: false },
  { command: 'navigate:deadlines', accelerator: 'CmdOrCtrl+4', web: false },
];

export function acceleratorFor(command: MenuCommand): string | undefined {
  return SHORTCUTS.find((shortcut) => shortcut.command === command)?.accelerator;
}

/** The slice of a DOM KeyboardEvent a shortcut is matched against. */
export type KeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** True while an input method (e.g. 拼音) is composing: the keys are not ours then. */
  isComposing?: boolean;
};

type Chord = { key: string; primary: boolean; shift: boolean; alt: boolean };

function parseAccelerator(accelerator: string): Chord {
  const parts = accelerator.split('+');
  const key = (parts.pop() ?? '').toLowerCase();
  const modifiers = new Set(parts.map((part) => part.toLowerCase()));
  return {
    key,
    primary: modifiers.has('cmdorctrl') || modifiers.has('commandorcontrol'),
    shift: modifiers.has('shift'),
    alt: modifiers.has('alt') || modifiers.has('option'),
  };
}

/**
 * Whether a key press is the accelerator. CmdOrCtrl means ⌘ on macOS and Ctrl elsewhere,
 * and the other one must not be held (Ctrl+O on a Mac is not ⌘O).
 */
export function matchesAccelerator(press: KeyPress, accelerator: string, isMac: boolean): boolean {
  if (press.isComposing === true) return false;
  const chord = parseAccelerator(accelerator);
  const primaryHeld = isMac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  return (
    primaryHeld === chord.primary &&
    press.shiftKey === chord.shift &&
    press.altKey === chord.alt &&
    press.key.toLowerCase() === chord.key
  );
}

/** The web shortcut a key press stands for, if any. */
export function webShortcutCommand(press: KeyPress, isMac: boolean): MenuCommand | undefined {
  return SHORTCUTS.find((shortcut) => shortcut.web && matchesAccelerator(press, shortcut.accelerator, isMac))?.command;
}
