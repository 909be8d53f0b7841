// Tells the consultant, in words, that something failed. Errors the app raises on
// purpose (the bridge's, the library's, the extractor's) already carry a message written
// for the user; anything else is shown as an unexpected error with its message.
import { zh } from '../../i18n/zh-CN.ts';
import { BridgeError } from '../../bridge/index.ts';
import { LibraryError } from '../../library/index.ts';
import { messageOf, toast } from '../stores/toasts.ts';

export function errorText(error: unknown): string {
  if (error instanceof BridgeError || error instanceof LibraryError) return error.message;
  return zh.errors.unexpected(messageOf(error));
}

export function reportError(error: unknown): void {
  console.error(error);
  toast('error', errorText(error));
}
