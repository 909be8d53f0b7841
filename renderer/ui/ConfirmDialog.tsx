// A question that needs an answer before something is removed: what will happen, and a
// button that says what it does (never just 确定).
import { useState, type ReactNode } from 'react';
import { zh } from '../platform/i18n/index.ts';
import { reportError } from '../core/index.ts';
import { Button } from './Button.tsx';
import { Dialog } from './Dialog.tsx';

type ConfirmDialogProps = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The action; the dialog stays open (buttons disabled) until it settles, and closes when it succeeds. */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
};

export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const confirm = () => {
    setBusy(true);
    onConfirm().then(onClose, (error: unknown) => {
      setBusy(false);
      reportError(error);
    });
  };
  return (
    <Dialog
      title={title}
      role="alertdialog"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose} disabled={busy}>
            {zh.common.cancel}
          </Button>
          <Button variant="danger" disabled={busy} onClick={confirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="confirm-body">{children}</div>
    </Dialog>
  );
}
