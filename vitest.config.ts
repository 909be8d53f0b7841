import { defineConfig } from 'vitest/config';

// Three kinds of test, each in its own folder:
//   tests/unit      shared/ and electron/ code in Node (electron itself is mocked)
//   tests/renderer  React components and renderer modules in happy-dom
//   tests/e2e       the built renderer in Debian's Chromium, driven by playwright-core
export default defineConfig({
  test: {
    // The real bulletins are read from ../shared: missing, the run stops with one reason.
    globalSetup: ['tests/support/check-shared-inputs.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
