// Keyboard shortcuts, written once, read by the menu and by the web build.
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, isMenuCommand } from '../../../shared/ipc/menu-commands.ts';
import { matchesAccelerator, SHORTCUTS, webShortcutCommand, type KeyPress } from '../../../shared/ipc/shortcuts.ts';

function press(key: string, modifiers: Partial<KeyPress> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers };
}

describe('matchesAccelerator', () => {
  it('reads CmdOrCtrl as Ctrl on Windows and Linux, ⌘ on macOS', () => {
    expect(matchesAccelerator(press('o', { ctrlKey: true }), 'CmdOrCtrl+O', false)).toBe(true);
    expect(matchesAccelerator(press('o', { metaKey: true }), 'CmdOrCtrl+O', true)).toBe(true);
    expect(matchesAccelerator(press('o', { ctrlKey: true }), 'CmdOrCtrl+O', true)).toBe(false);
    expect(matchesAccelerator(press('o', { metaKey: true }), 'CmdOrCtrl+O', false)).toBe(false);
  });

  it('needs exactly the accelerator\u2019s modifiers', () => {
    expect(matchesAccelerator(press('O', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+O', false)).toBe(true);
    expect(matchesAccelerator(press('O', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+O', false)).toBe(false);
    expect(matchesAccelerator(press('o', { ctrlKey: true, altKey: true }), 'CmdOrCtrl+O', false)).toBe(false);
    expect(matchesAccelerator(press('o'), 'CmdOrCtrl+O', false)).toBe(false);
  });

  it('ignores keys while an input method is composing', () => {
    expect(matchesAccelerator(press('f', { ctrlKey: true, isComposing: true }), 'CmdOrCtrl+F', false)).toBe(false);
  });
});

describe('web shortcuts', () => {
  it.each([
    [press('o', { ctrlKey: true }), 'import'],
    [press('O', { ctrlKey: true, shiftKey: true }), 'import-folder'],
    [press('f', { ctrlKey: true }), 'focus-search'],
    [press(',', { ctrlKey: true }), 'open-settings'],
  ] as const)('%j → %s', (key, command) => {
    expect(webShortcutCommand(key, false)).toBe(command);
  });

  it('leaves keys the browser keeps to the browser', () => {
    expect(webShortcutCommand(press('n', { ctrlKey: true }), false)).toBeUndefined();
    expect(webShortcutCommand(press('1', { ctrlKey: true }), false)).toBeUndefined();
    expect(webShortcutCommand(press('c', { ctrlKey: true }), false)).toBeUndefined();
  });

  it('only names commands that exist', () => {
    for (const shortcut of SHORTCUTS) expect(isMenuCommand(shortcut.command)).toBe(true);
    expect(MENU_COMMANDS).toContain('navigate:deadlines');
    expect(isMenuCommand('navigate:nowhere')).toBe(false);
  });
});
