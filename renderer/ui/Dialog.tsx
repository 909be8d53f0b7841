// A modal dialog on the native <dialog> element: the browser traps focus, Esc closes it
// and the rest of the window is inert while it is open.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { zh } from '../platform/i18n/index.ts';
import { Button } from './Button.tsx';

type DialogProps = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  size?: 'md' | 'lg';
  /** 'alertdialog' for a question that needs an answer (replace the library?). */
  role?: 'dialog' | 'alertdialog';
};

export function Dialog({ title, onClose, children, footer, size = 'md', role = 'dialog' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // happy-dom (component tests) has no showModal; the open attribute is enough there.
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      role={role}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Esc: close through React state, not behind its back.
        event.preventDefault();
        onClose();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <Button variant="ghost" icon="close" aria-label={zh.common.close} onClick={onClose} />
      </header>
      <div className="dialog-body">{children}</div>
      {footer ? <footer className="dialog-footer">{footer}</footer> : null}
    </dialog>
  );
}
