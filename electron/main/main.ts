// Entry point of the main process (bundled to dist/electron/main.cjs). The work is in
// lifecycle.ts so that it can be tested with a mocked electron module.
import path from 'node:path';
import { app, dialog } from 'electron';
import { startApp } from './lifecycle.ts';
import { strings } from './strings.ts';

const running = startApp({
  paths: {
    preload: path.join(__dirname, 'preload.cjs'),
    rendererIndex: path.join(__dirname, '../renderer/index.html'),
    icon: path.join(__dirname, 'icon.png'),
  },
  devServerUrl: process.env.VITE_DEV_SERVER_URL,
});

running?.ready.catch((error: unknown) => {
  console.error(error);
  dialog.showErrorBox(strings.startupFailed, error instanceof Error ? error.message : String(error));
  app.quit();
});
