// The app's mark: one character in a red seal. Decorative; the app's name is beside it.
import { zh } from '../../i18n/zh-CN.ts';

export function BrandSeal() {
  return (
    <span className="brand-seal" aria-hidden="true">
      {zh.app.seal}
    </span>
  );
}
