// A handler's way to answer with a typed error the user can read, instead of throwing
// something that surfaces as "Error invoking remote method".
import type { IpcError, IpcErrorCode } from '../../../shared/ipc/contract.ts';

export class IpcFailure extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IpcFailure';
  }

  toIpcError(): IpcError {
    return { code: this.code, message: this.message };
  }
}
