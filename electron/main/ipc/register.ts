// Registers one ipcMain handler per request of the shared contract. Every request is
// checked the same way before its handler runs: it must come from the app's own page,
// and its argument must pass the request's zod schema. Handlers receive typed, validated
// arguments and answer with typed results; failures travel back as IpcResult errors.
import { z } from 'zod';
import type { BrowserWindow, IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import {
  DROPPED_PATHS_CHANNEL,
  REQUEST_CHANNELS,
  type IpcErrorCode,
  type IpcResult,
  type RequestArgs,
  type RequestName,
  type RequestResult,
} from '../../../shared/ipc/contract.ts';
import { droppedPathsSchema, requestArgSchemas } from '../../../shared/ipc/schemas.ts';
import type { DroppedPathGrants } from '../dropped-paths.ts';
import { strings } from '../strings.ts';
import { IpcFailure } from './failure.ts';

export type HandlerContext = {
  /** The window whose page made the request: dialogs attach to it. */
  window: BrowserWindow | null;
  /** The web contents that sent it (what main has granted is per page). */
  senderId: number | null;
};

export type RequestHandler<K extends RequestName> = (
  args: RequestArgs<K>,
  context: HandlerContext,
) => Promise<RequestResult<K>>;

export type RequestHandlers = { [K in RequestName]: RequestHandler<K> };

export type RegisterOptions = {
  /** Whether the frame that sent a request is the app's own renderer. */
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean;
  windowFor: (event: IpcMainInvokeEvent) => BrowserWindow | null;
  log?: (message: string, detail: unknown) => void;
};

function failure(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

/** ipcMain's one-way side (methods, so that a stand-in with looser listener types fits). */
export type MainMessages = {
  on(channel: string, listener: (event: IpcMainEvent, raw: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: IpcMainEvent, raw: unknown) => void): unknown;
};

function senderIdOf(event: IpcMainInvokeEvent | IpcMainEvent): number | null {
  const id = (event.sender as { id?: unknown } | undefined)?.id;
  return typeof id === 'number' ? id : null;
}

/**
 * Takes the preload's reports of dropped paths (one-way messages), from the app's own
 * page only and only when they pass the schema; returns a function that stops.
 */
export function registerDroppedPaths(
  ipcMain: MainMessages,
  grants: DroppedPathGrants,
  options: Pick<RegisterOptions, 'isTrustedSender' | 'log'>,
): () => void {
  const log = options.log ?? ((message, detail) => console.error(message, detail));
  const listener = (event: IpcMainEvent, raw: unknown): void => {
    const senderId = senderIdOf(event);
    const parsed = droppedPathsSchema.safeParse(raw);
    if (!options.isTrustedSender(event) || senderId === null || !parsed.success) {
      log('ignored a report of dropped paths', event.senderFrame?.url);
      return;
    }
    grants.grant(senderId, parsed.data);
  };
  ipcMain.on(DROPPED_PATHS_CHANNEL, listener);
  return () => {
    ipcMain.removeListener(DROPPED_PATHS_CHANNEL, listener);
  };
}

/** The checks and error mapping around one handler, exported for the tests. */
export async function handleRequest<K extends RequestName>(
  name: K,
  handler: RequestHandler<K>,
  event: IpcMainInvokeEvent,
  rawArgs: readonly unknown[],
  options: RegisterOptions,
): Promise<IpcResult<RequestResult<K>>> {
  const log = options.log ?? ((message, detail) => console.error(message, detail));
  if (!options.isTrustedSender(event)) {
    log(`refused ${name}: request from a page that is not the app`, event.senderFrame?.url);
    return failure('forbidden', strings.errors.forbidden);
  }
  // The schema's own type says what RequestArgs<K> is; TypeScript cannot see through
  // the generic index, so the schema is read as a schema of exactly that type.
  const schema = requestArgSchemas[name] as unknown as z.ZodType<RequestArgs<K>>;
  const parsed = rawArgs.length <= 1 ? schema.safeParse(rawArgs[0]) : null;
  if (!parsed?.success) {
    log(`refused ${name}: invalid argument`, parsed ? z.prettifyError(parsed.error) : 'more than one argument');
    return failure('invalid-argument', strings.errors.invalidArgument);
  }
  try {
    return { ok: true, value: await handler(parsed.data, { window: options.windowFor(event), senderId: senderIdOf(event) }) };
  } catch (error) {
    if (error instanceof IpcFailure) return { ok: false, error: error.toIpcError() };
    log(`${name} failed`, error);
    return failure('internal', strings.errors.internal);
  }
}

/** Registers every request's handler; returns a function that removes them again. */
export function registerRequestHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: RequestHandlers,
  options: RegisterOptions,
): () => void {
  const names = Object.keys(REQUEST_CHANNELS) as RequestName[];
  const registerOne = <K extends RequestName>(name: K): void => {
    ipcMain.handle(REQUEST_CHANNELS[name], (event, ...args: unknown[]) => handleRequest(name, handlers[name], event, args, options));
  };
  names.forEach(registerOne);
  return () => {
    for (const name of names) ipcMain.removeHandler(REQUEST_CHANNELS[name]);
  };
}
