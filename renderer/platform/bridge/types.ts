// The one bridge the renderer talks to for everything outside the page: files, folders,
// saving, links, app information and menu commands. Its shape is derived from the shared
// IPC contract (shared/ipc/contract.ts); getBridge() (./index.ts) picks the Electron or
// the web implementation.
import type { FileBatch, MenuCommand, RequestArgs, RequestName, RequestResult, WatchedArrival } from '../../../shared/ipc/contract.ts';

/** The parts of a drop event's DataTransfer the bridge reads. */
export type DroppedData = {
  readonly files: ArrayLike<File>;
  /** In a browser, folders are read through the items' file-system entries. */
  readonly items?: ArrayLike<DataTransferItem>;
};

/** Every request of the contract except readPaths, which only the preload may make. */
type ContractRequests = {
  [K in Exclude<RequestName, 'readPaths'>]: RequestArgs<K> extends undefined
    ? () => Promise<RequestResult<K>>
    : (args: RequestArgs<K>) => Promise<RequestResult<K>>;
};

/**
 * Requests resolve with the contract's result (null = the user cancelled a dialog) and
 * reject with a BridgeError carrying a readable Chinese message.
 */
export type Bridge = ContractRequests & {
  readonly runtime: 'electron' | 'web';
  /**
   * The files (and, in Electron and Chromium, folders) of a drop. Call it synchronously
   * from the drop handler: the browser empties the DataTransfer once the handler returns.
   */
  readDropped: (data: DroppedData) => Promise<FileBatch>;
  /** Menu commands (Electron) or the same keyboard shortcuts (web). Returns unsubscribe. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Files arriving in the watched folder (Electron; a browser has none). Returns unsubscribe. */
  onWatchedFiles: (listener: (arrival: WatchedArrival) => void) => () => void;
};
