// Debian's Chromium driven by playwright-core. Never a downloaded browser: the binary
// is the one `which chromium` finds (installed by `npm run setup`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** The flags this workplace requires: no sandbox as root, no background network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Debian chromium not found: run `npm run setup` (apt-get install chromium).');
  }
}

export type BrowserSession = {
  browser: Browser | null;
  context: BrowserContext;
  close: () => Promise<void>;
  /** Kills every process of this browser at once (SIGKILL), as a crash or a power cut would. */
  kill: () => void;
};

/**
 * A fresh persistent profile in a temporary folder, so IndexedDB survives reloads
 * within the session (as it does for a user) and nothing leaks between runs.
 */
export async function launchChromium(options: { downloadsPath?: string; userDataDir?: string } = {}): Promise<BrowserSession> {
  // A profile handed in outlives the session (to reopen it after a kill); its owner removes it.
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'policy-desk-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    ...(options.downloadsPath ? { downloadsPath: options.downloadsPath } : {}),
  });
  return {
    browser: context.browser(),
    context,
    close: async () => {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
    kill: () => {
      // Every Chromium process of this profile names it on its command line.
      execFileSync('pkill', ['-KILL', '-f', `user-data-dir=${userDataDir}`]);
    },
  };
}
