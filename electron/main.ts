// Placeholder main process until the Electron shell is built: one secure window.
import { app, BrowserWindow } from 'electron';
import path from 'node:path';

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  void window.loadFile(path.join(__dirname, '../renderer/index.html'));
}

app.whenReady().then(createWindow, (error: unknown) => {
  console.error(error);
  app.quit();
});
