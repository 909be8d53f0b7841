import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, type BrowserSession } from '../support/browser.ts';
import { buildRenderer, serveRenderer, type Served } from '../support/serve.ts';

let served: Served;
let session: BrowserSession;

beforeAll(async () => {
  await buildRenderer();
  served = await serveRenderer();
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await served?.close();
});

it('the built renderer loads in Chromium and shows the app name', async () => {
  const page = await session.context.newPage();
  await page.goto(served.url);
  await expect.poll(() => page.locator('main').textContent()).toContain('政策快讯助手');
});
