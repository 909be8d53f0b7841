// The toast stack. role=status (polite) for news, role=alert for errors.
import { zh } from '../platform/i18n/index.ts';
import { useToasts } from '../core/index.ts';
import { Button } from './Button.tsx';
import { Icon } from './Icon.tsx';

const ICONS = { info: 'info', success: 'check', error: 'alert' } as const;

export function Toasts() {
  const toasts = useToasts((state) => state.toasts);
  const dismiss = useToasts((state) => state.dismiss);
  return (
    <section className="toasts" aria-label={zh.toasts.label}>
      {toasts.map((item) => (
        <div key={item.id} className={`toast toast-${item.kind}`} role={item.kind === 'error' ? 'alert' : 'status'}>
          <Icon name={ICONS[item.kind]} />
          <span className="toast-message">{item.message}</span>
          <Button variant="ghost" size="sm" icon="close" aria-label={zh.toasts.dismiss} onClick={() => dismiss(item.id)} />
        </div>
      ))}
    </section>
  );
}
