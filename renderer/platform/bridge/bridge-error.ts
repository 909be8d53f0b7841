import type { IpcErrorCode } from '../../../shared/ipc/contract.ts';

/** A failed bridge request; `message` is written for the user (in Chinese). */
export class BridgeError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}
