import path from 'node:path';
import { readPathsToBatch } from '../../../node/files/read-batch.ts';
import { strings } from '../../strings.ts';
import { IpcFailure } from '../failure.ts';
import type { RequestHandler } from '../register.ts';

/**
 * Files and folders dropped on the window. The preload got these paths from the dropped
 * File objects; a relative path can only come from a page forging the request.
 */
export const readPaths: RequestHandler<'readPaths'> = async ({ paths }) => {
  if (!paths.every((target) => path.isAbsolute(target))) throw new IpcFailure('invalid-argument', strings.errors.pathNotAbsolute);
  return readPathsToBatch(paths, 'bulletin');
};
