// The web build's stand-in for the desktop menu's accelerators: the same shortcuts
// (shared/ipc/shortcuts.ts), heard on the window, sent as the same menu commands.
import type { MenuCommand } from '../../../../shared/ipc/menu-commands.ts';
import { webShortcutCommand } from '../../../../shared/ipc/shortcuts.ts';

export function listenForShortcuts(target: Window, isMac: boolean, listener: (command: MenuCommand) => void): () => void {
  const onKeyDown = (event: KeyboardEvent): void => {
    // keyCode 229: a key consumed by an input method (拼音) on browsers that do not set isComposing.
    if (event.isComposing || event.keyCode === 229) return;
    const command = webShortcutCommand(event, isMac);
    if (command === undefined) return;
    // Ctrl+F is our search, not the browser's find bar; Ctrl+O is our import.
    event.preventDefault();
    listener(command);
  };
  // Capture, so a focused control cannot swallow the shortcut first.
  target.addEventListener('keydown', onKeyDown, true);
  return () => target.removeEventListener('keydown', onKeyDown, true);
}
