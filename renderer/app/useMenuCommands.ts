// Menu commands (Electron's menu, or the same shortcuts in a browser) mapped to actions.
// Main never decides what a command does; the renderer does: each feature says what its
// own commands do (its menuCommands), and here they are merged into one table. What is
// left, navigate:…, only changes the screen.
import { useEffect } from 'react';
import { getBridge } from '../platform/bridge/index.ts';
import type { MenuCommand } from '../../shared/ipc/contract.ts';
import type { LibraryDb } from '../data/library/index.ts';
import { useLibrary, useNavigation, type MenuCommandContribution, type MenuCommandHandler } from '../core/index.ts';
import { menuCommands as briefingCommands } from '../features/briefings/index.ts';
import { menuCommands as clientCommands } from '../features/clients/index.ts';
import { menuCommands as deadlineCommands } from '../features/deadlines/index.ts';
import { menuCommands as importCommands } from '../features/import/index.ts';
import { menuCommands as searchCommands } from '../features/search/index.ts';
import { menuCommands as settingsCommands } from '../features/settings/index.ts';

/** Every feature's contribution, in one list. */
export const MENU_CONTRIBUTIONS: readonly MenuCommandContribution[] = [importCommands, searchCommands, settingsCommands, clientCommands, briefingCommands, deadlineCommands];

/** One table of the contributions; a command two features claim is a mistake, said at once. */
export function mergeMenuCommands(contributions: readonly MenuCommandContribution[]): MenuCommandContribution {
  const merged: MenuCommandContribution = {};
  for (const contribution of contributions) {
    for (const [command, handler] of Object.entries(contribution) as [MenuCommand, MenuCommandHandler][]) {
      if (merged[command]) throw new Error(`Two features handle the menu command ${command}`);
      merged[command] = handler;
    }
  }
  return merged;
}

const handlers = mergeMenuCommands(MENU_CONTRIBUTIONS);

export function useMenuCommands(): void {
  const db = useLibrary();
  useEffect(() => getBridge().onMenuCommand((command) => runCommand(db, command)), [db]);
}

export function runCommand(db: LibraryDb, command: MenuCommand): void {
  const handler = handlers[command];
  if (handler) {
    handler(db);
    return;
  }
  const navigate = useNavigation.getState().navigate;
  navigate(command.slice('navigate:'.length) as Parameters<typeof navigate>[0]);
}
