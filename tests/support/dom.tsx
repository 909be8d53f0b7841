// A small harness for component tests in happy-dom: render with React 19's act, find
// controls by their accessible name (as a screen reader or the e2e tests would), type
// into inputs the way React listens for it, and wait for asynchronous updates.
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Runs `change` inside an async act, so effects and promise callbacks it starts settle. */
export async function settle(change: () => void): Promise<void> {
  await act(async () => {
    change();
    await Promise.resolve();
  });
}

export type Rendered = { container: HTMLElement; unmount: () => Promise<void> };

const mounted: Root[] = [];

export async function render(ui: ReactNode): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  mounted.push(root);
  await settle(() => root.render(ui));
  return {
    container,
    unmount: async () => {
      await settle(() => root.unmount());
      container.remove();
    },
  };
}

/** The accessible name as these components give it: aria-label, else label[for], else text. */
export function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label;
  const id = element.getAttribute('id');
  if (id) {
    const forLabel = element.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`);
    if (forLabel) return visibleText(forLabel);
  }
  return visibleText(element);
}

/** Text a screen reader reads: what is marked aria-hidden (a required mark *) is left out. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function queryButton(root: ParentNode, name: string | RegExp): HTMLButtonElement | null {
  const buttons = [...root.querySelectorAll('button')];
  return buttons.find((button) => (typeof name === 'string' ? accessibleName(button) === name : name.test(accessibleName(button)))) ?? null;
}

export function getButton(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const button = queryButton(root, name);
  if (!button) throw new Error(`no button named ${String(name)}; buttons: ${[...root.querySelectorAll('button')].map(accessibleName).join(' | ')}`);
  return button;
}

export function getByLabel<T extends Element = HTMLElement>(root: ParentNode, name: string): T {
  const found = [...root.querySelectorAll('[aria-label], input, select, textarea')].find((element) => accessibleName(element) === name);
  if (!found) throw new Error(`nothing labelled ${name}`);
  return found as T;
}

export async function click(element: Element): Promise<void> {
  await settle(() => (element as HTMLElement).click());
}

/** Sets an input's or text area's value the way a user's typing does, so React's onChange sees it. */
export async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string, init: { isComposing?: boolean } = {}): Promise<void> {
  await settle(() => {
    // The prototype's setter, not the instance's: React watches the instance's to tell
    // its own updates from the user's.
    const prototype = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const setValue = Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.bind(input);
    setValue?.(value);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: init.isComposing === true, data: value }));
  });
}

/** Chooses an option of a select as a user does. */
export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await settle(() => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.bind(select);
    setValue?.(value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Presses a key on an element (keydown only: what these components listen to). */
export async function press(element: Element, key: string, init: KeyboardEventInit = {}): Promise<void> {
  await settle(() => element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })));
}

export async function fire(element: Element, event: Event): Promise<void> {
  await settle(() => element.dispatchEvent(event));
}

/** Retries `check` (letting React and IndexedDB work in between) until it stops throwing. */
export async function waitFor(check: () => void, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
      });
    }
  }
}
