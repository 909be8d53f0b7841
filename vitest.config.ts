import { defineConfig } from 'vitest/config';

// Tests mirror the sources: tests/shared/x/y.test.ts tests shared/x/y.ts, and likewise
// for renderer/ and electron/. They run as three projects:
//   unit      shared/, electron/ (electron itself mocked) and the renderer's data layer
//             (IndexedDB through fake-indexeddb, workers driven in this thread) in Node
//   renderer  React components and the rest of renderer/ in happy-dom
//   e2e       the built renderer in Debian's Chromium, driven by playwright-core
// Helpers live in tests/support; benchmarks in tests/bench (`npm run bench`).
export default defineConfig({
  test: {
    // The real bulletins are read from ../shared: missing, the run stops with one reason.
    globalSetup: ['tests/support/check-shared-inputs.ts', 'tests/support/build-cli.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/*.test.ts', 'tests/shared/**/*.test.ts', 'tests/electron/**/*.test.ts', 'tests/renderer/data/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          exclude: ['tests/renderer/data/**'],
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
