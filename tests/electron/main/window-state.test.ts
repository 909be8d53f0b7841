// The window comes back where the user left it, on a display that still exists, and the
// state is written a moment after the user stops moving, and at once on close.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToWorkArea,
  loadWindowState,
  restoreWindowState,
  saveWindowState,
  trackWindowState,
} from '../../../electron/main/window-state.ts';
import { asWindow, FakeBrowserWindow, fake, resetElectronMock } from '../../support/electron/electron-mock.ts';

let dir: string;
let file: string;
beforeEach(() => {
  resetElectronMock();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'window-state-'));
  file = path.join(dir, 'window-state.json');
});
afterEach(() => {
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('loading and saving', () => {
  it('starts from the default when there is no file, or a damaged one', () => {
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    fs.writeFileSync(file, '{"width": 1000, "hei');
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
    fs.writeFileSync(file, JSON.stringify({ width: -5, height: 'tall', maximized: false }));
    expect(loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('reads back what it saved, through a temporary file', () => {
    const state = { x: 1500, y: 40, width: 1600, height: 1000, maximized: true };
    saveWindowState(path.join(dir, 'nested', 'window-state.json'), state);
    expect(loadWindowState(path.join(dir, 'nested', 'window-state.json'))).toEqual(state);
    expect(fs.readdirSync(path.join(dir, 'nested'))).toEqual(['window-state.json']);
  });
});

describe('fitting onto a display', () => {
  it('keeps a window that fits where it was', () => {
    expect(fitToWorkArea({ x: 100, y: 50, width: 1200, height: 700, maximized: false }, laptop)).toEqual({
      x: 100,
      y: 50,
      width: 1200,
      height: 700,
      maximized: false,
    });
  });

  it('shrinks a window larger than the display and pulls it fully inside', () => {
    expect(fitToWorkArea({ x: -300, y: 700, width: 3000, height: 700, maximized: false }, laptop)).toEqual({
      x: 0,
      y: 160,
      width: 1440,
      height: 700,
      maximized: false,
    });
  });

  it('never restores below the minimum size', () => {
    expect(fitToWorkArea({ width: 200, height: 100, maximized: false }, laptop)).toEqual({ width: 960, height: 600, maximized: false });
  });

  it('brings a window left on an unplugged monitor back onto the laptop screen', () => {
    fake.screen.displays = [{ id: 1, workArea: laptop }];
    const restored = restoreWindowState({ x: 2000, y: 100, width: 1600, height: 1000, maximized: false }, fake.screen);
    expect(restored).toEqual({ x: 0, y: 0, width: 1440, height: 860, maximized: false });
  });

  it('keeps a window on the second monitor while that monitor is there', () => {
    fake.screen.displays = [
      { id: 1, workArea: laptop },
      { id: 2, workArea: monitor },
    ];
    const saved = { x: 2000, y: 100, width: 1600, height: 1000, maximized: true };
    expect(restoreWindowState(saved, fake.screen)).toEqual(saved);
  });

  it('sizes a first-run window for the primary display and leaves centring to Electron', () => {
    fake.screen.displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1280, height: 680 } }];
    expect(restoreWindowState(DEFAULT_WINDOW_STATE, fake.screen)).toEqual({ width: 1280, height: 680, maximized: false });
  });
});

describe('tracking', () => {
  it('saves once, a moment after a burst of moves and resizes', () => {
    vi.useFakeTimers();
    const window = new FakeBrowserWindow({ x: 10, y: 20, width: 1300, height: 820 });
    trackWindowState(asWindow(window), file, { debounceMs: 500 });

    window.bounds = { x: 30, y: 40, width: 1300, height: 820 };
    window.emit('move');
    vi.advanceTimersByTime(300);
    window.bounds = { x: 50, y: 60, width: 1400, height: 900 };
    window.emit('resize');
    vi.advanceTimersByTime(300);
    expect(fs.existsSync(file)).toBe(false);

    vi.advanceTimersByTime(250);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ x: 50, y: 60, width: 1400, height: 900, maximized: false });
  });

  it('remembers maximised with the size to restore to', () => {
    vi.useFakeTimers();
    const window = new FakeBrowserWindow({ x: 10, y: 20, width: 1300, height: 820 });
    trackWindowState(asWindow(window), file, { debounceMs: 500 });
    window.maximized = true;
    window.emit('maximize');
    vi.advanceTimersByTime(500);
    expect(loadWindowState(file)).toEqual({ x: 10, y: 20, width: 1300, height: 820, maximized: true });
  });

  it('saves at once when the window closes, without waiting for the timer', () => {
    vi.useFakeTimers();
    const window = new FakeBrowserWindow({ x: 10, y: 20, width: 1300, height: 820 });
    trackWindowState(asWindow(window), file, { debounceMs: 500 });
    window.bounds = { x: 70, y: 80, width: 1000, height: 700 };
    window.emit('resize');
    window.close();
    expect(loadWindowState(file)).toEqual({ x: 70, y: 80, width: 1000, height: 700, maximized: false });
    vi.advanceTimersByTime(1000);
    expect(loadWindowState(file)).toEqual({ x: 70, y: 80, width: 1000, height: 700, maximized: false });
  });
});
