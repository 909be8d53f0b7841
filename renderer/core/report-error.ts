// Tells the consultant, in words, that something failed (see error-text.ts for the words).
import { errorText } from './error-text.ts';
import { toast } from './toasts.ts';

export function reportError(error: unknown): void {
  console.error(error);
  toast('error', errorText(error));
}
