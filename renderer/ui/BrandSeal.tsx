// The app's mark: one character in a red seal. Decorative; the app's name is beside it.
import { zh } from '../platform/i18n/index.ts';

export function BrandSeal() {
  return (
    <span className="brand-seal" aria-hidden="true">
      {zh.app.seal}
    </span>
  );
}
