// The zod schema of every request's argument. The main process validates each argument
// with these before a handler sees it; ./contract.ts infers the argument types from them,
// so the types and the checks cannot drift apart. Only main loads this file at run time.
import { z } from 'zod';
import { OPEN_KINDS, SAVE_KINDS } from './files.ts';
import { LIMITS } from '../limits.ts';
import { MAX_EXTERNAL_URL_LENGTH } from './external-url.ts';

const noArgument = z.undefined();

// A path on disk as the preload read it from a dropped File. Absoluteness is checked in
// main, where the platform's path rules are known.
const droppedPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => !path.includes('\0'), 'path contains a NUL character');

/** What the preload reports of a drop on DROPPED_PATHS_CHANNEL. */
export const droppedPathsSchema = z.array(droppedPath).min(1).max(LIMITS.files.maxFilesPerBatch);

export const requestArgSchemas = {
  openFiles: z.strictObject({ kind: z.enum(OPEN_KINDS) }),
  openFolder: noArgument,
  readPaths: z.strictObject({ paths: droppedPathsSchema }),
  saveFile: z.strictObject({
    kind: z.enum(SAVE_KINDS),
    /** The name offered in the dialog; main makes it safe and adds the extension. */
    suggestedName: z.string().max(255),
    bytes: z
      .instanceof(Uint8Array)
      .refine((bytes) => bytes.byteLength <= LIMITS.files.maxSaveBytes, 'document too large to save'),
  }),
  // Only the length is checked here: a refused link is not a bad argument but a
  // decision the user is told about (see checkExternalUrl).
  openExternal: z.strictObject({ url: z.string().max(MAX_EXTERNAL_URL_LENGTH * 2) }),
  getAppInfo: noArgument,
  getWatchedFolder: noArgument,
  chooseWatchedFolder: noArgument,
  clearWatchedFolder: noArgument,
  /** Keys main sent with watched files (name|size|mtime), acknowledged once imported. */
  ackWatchedFiles: z.strictObject({ keys: z.array(z.string().min(1).max(1200)).max(LIMITS.files.maxFilesPerBatch) }),
  /** 截止提醒: what the desktop notification says; null when nothing is due. */
  remindDeadlines: z.strictObject({
    summary: z
      .strictObject({
        days: z.number().int().min(1).max(366),
        count: z.number().int().min(1).max(1_000_000),
        clients: z.number().int().min(0).max(1_000_000),
        soonest: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      })
      .nullable(),
  }),
} as const;
