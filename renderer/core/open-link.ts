// Opens a web link in the system browser through the bridge, which checks it first; a
// refused link is explained in words unless the platform already did so.
import { zh } from '../platform/i18n/index.ts';
import { getBridge } from '../platform/bridge/index.ts';
import { toast } from './toasts.ts';
import { reportError } from './report-error.ts';

export function openLink(url: string): void {
  getBridge()
    .openExternal({ url })
    .then((result) => {
      if (!result.opened && !result.notified) toast('error', zh.reader.linkRefused);
    })
    .catch(reportError);
}
