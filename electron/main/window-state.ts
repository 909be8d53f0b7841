// Remembers the main window's size, position and maximised state between runs, in a
// small JSON file under userData. Restoring puts the window back on a display that is
// still there: a laptop undocked from its second monitor must not open off-screen.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BrowserWindow, Rectangle } from 'electron';

export type WindowState = {
  /** Absent on first run: the window is centred by Electron. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
};

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;
export const WINDOW_STATE_FILE = 'window-state.json';

const storedState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});

/** Reads the saved state; anything missing or damaged gives the default. */
export function loadWindowState(file: string): WindowState {
  try {
    const parsed = storedState.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Writes through a temporary file, so a crash mid-write leaves the old state intact. */
export function saveWindowState(file: string, state: WindowState): void {
  const temp = `${file}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temp, JSON.stringify(state));
    fs.renameSync(temp, file);
  } catch (error) {
    // Losing the window position is not worth interrupting the user for.
    console.warn('could not save the window state', error);
  }
}

/**
 * Fits a saved state onto the display it is nearest to (as `screen.getDisplayMatching`
 * reports it): no larger than that display's work area, and wholly inside it.
 */
export function fitToWorkArea(state: WindowState, workArea: Rectangle): WindowState {
  const width = Math.min(Math.max(state.width, MIN_WINDOW_SIZE.width), workArea.width);
  const height = Math.min(Math.max(state.height, MIN_WINDOW_SIZE.height), workArea.height);
  if (state.x === undefined || state.y === undefined) return { width, height, maximized: state.maximized };
  const x = Math.min(Math.max(state.x, workArea.x), workArea.x + workArea.width - width);
  const y = Math.min(Math.max(state.y, workArea.y), workArea.y + workArea.height - height);
  return { x, y, width, height, maximized: state.maximized };
}

type Screen = { getDisplayMatching(rect: Rectangle): { workArea: Rectangle }; getPrimaryDisplay(): { workArea: Rectangle } };

export function restoreWindowState(state: WindowState, screen: Screen): WindowState {
  const display =
    state.x === undefined || state.y === undefined
      ? screen.getPrimaryDisplay()
      : screen.getDisplayMatching({ x: state.x, y: state.y, width: state.width, height: state.height });
  return fitToWorkArea(state, display.workArea);
}

type Timers = { setTimeout: (callback: () => void, ms: number) => unknown; clearTimeout: (handle: unknown) => void };

type TrackedWindow = Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized' | 'isDestroyed' | 'on'>;

export function currentWindowState(window: TrackedWindow): WindowState {
  const bounds = window.getNormalBounds();
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized: window.isMaximized() };
}

/**
 * Saves the state a moment after the user stops moving or resizing (moves come many a
 * second), and at once when the window closes.
 */
export function trackWindowState(
  window: TrackedWindow,
  file: string,
  options: { debounceMs?: number; timers?: Timers } = {},
): { flush: () => void } {
  const debounceMs = options.debounceMs ?? 500;
  const timers: Timers = options.timers ?? {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  };
  let pending: unknown = null;

  const flush = (): void => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
    if (!window.isDestroyed()) saveWindowState(file, currentWindowState(window));
  };
  const schedule = (): void => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = timers.setTimeout(flush, debounceMs);
  };

  window.on('resize', schedule);
  window.on('move', schedule);
  window.on('maximize', schedule);
  window.on('unmaximize', schedule);
  window.on('close', flush);
  return { flush };
}
