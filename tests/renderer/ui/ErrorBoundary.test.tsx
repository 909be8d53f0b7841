// A part of the window that fails to render says so in words, with the error's message,
// and can be tried again; the rest of the window stays.
import { useState } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../renderer/ui/ErrorBoundary.tsx';
import { click, getButton, render, type Rendered } from '../../support/dom.tsx';

let view: Rendered | undefined;

afterEach(async () => {
  await view?.unmount();
  vi.restoreAllMocks();
});

let failing = true;

function Fragile() {
  if (failing) throw new Error('索引文件损坏');
  return <p>通知列表</p>;
}

function Page() {
  const [clicks, setClicks] = useState(0);
  return (
    <div>
      <button type="button" onClick={() => setClicks(clicks + 1)}>
        侧栏 {clicks}
      </button>
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>
    </div>
  );
}

it('shows the error in words instead of a blank screen, and recovers on 重试', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  failing = true;
  view = await render(<Page />);
  const alert = view.container.querySelector('[role="alert"]');
  expect(alert?.textContent).toContain('出了点问题');
  expect(alert?.textContent).toContain('索引文件损坏');

  // The rest of the window still works.
  await click(getButton(view.container, '侧栏 0'));
  expect(getButton(view.container, '侧栏 1')).toBeTruthy();

  failing = false;
  await click(getButton(view.container, '重试'));
  expect(view.container.querySelector('[role="alert"]')).toBeNull();
  expect(view.container.textContent).toContain('通知列表');
});
