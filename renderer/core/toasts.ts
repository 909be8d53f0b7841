// Short messages at the corner of the window: what an action did, or why it failed, in
// words. Errors stay until dismissed; other messages leave by themselves.
import { create } from 'zustand';

export type ToastKind = 'info' | 'success' | 'error';

export type Toast = { id: number; kind: ToastKind; message: string };

type ToastState = {
  toasts: Toast[];
  push: (kind: ToastKind, message: string) => number;
  dismiss: (id: number) => void;
};

const AUTO_DISMISS_MS = 5000;
const MAX_TOASTS = 4;

let nextId = 1;

export const useToasts = create<ToastState>()((set, get) => ({
  toasts: [],
  push: (kind, message) => {
    const id = nextId++;
    set((state) => ({ toasts: [...state.toasts, { id, kind, message }].slice(-MAX_TOASTS) }));
    if (kind !== 'error') setTimeout(() => get().dismiss(id), AUTO_DISMISS_MS);
    return id;
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));

/** For callers outside React (menu commands, promise handlers). */
export function toast(kind: ToastKind, message: string): void {
  useToasts.getState().push(kind, message);
}
