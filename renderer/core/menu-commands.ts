// What a menu command (Electron's menu, or the same shortcuts in a browser) does is told
// by the feature it belongs to: each feature's index.ts exports its `menuCommands`, and
// app/ merges them. This is the shape of one feature's contribution.
import type { MenuCommand } from '../../shared/ipc/contract.ts';
import type { LibraryDb } from '../data/library/index.ts';

/** What a command does, given the open library; failures are reported, not thrown. */
export type MenuCommandHandler = (db: LibraryDb) => void;

/** The commands one feature carries out. */
export type MenuCommandContribution = Partial<Record<MenuCommand, MenuCommandHandler>>;
