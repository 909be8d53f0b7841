// vitest globalSetup: stops the run at once, with the reason, when the shared inputs
// (../shared/bulletins, ../shared/tools) cannot be found.
import { missingSharedInputs } from './shared-inputs.ts';

export default function checkSharedInputs(): void {
  const reason = missingSharedInputs();
  if (reason) throw new Error(reason);
}
