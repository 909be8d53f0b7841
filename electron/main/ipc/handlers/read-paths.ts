import path from 'node:path';
import { readPathsToBatch } from '../../../node/files/read-batch.ts';
import type { DroppedPathGrants } from '../../dropped-paths.ts';
import { strings } from '../../strings.ts';
import { IpcFailure } from '../failure.ts';
import type { RequestHandler } from '../register.ts';

/**
 * Files and folders dropped on the window. The preload got these paths from the dropped
 * File objects and reported the drop to main; only paths of such a recent drop on the
 * same page are read (a folder with what is under it, links inside it not followed).
 * A relative path, or one never dropped, can only come from a page forging the request.
 */
export function createReadPaths(grants: DroppedPathGrants): RequestHandler<'readPaths'> {
  return async ({ paths }, { senderId }) => {
    if (!paths.every((target) => path.isAbsolute(target))) throw new IpcFailure('invalid-argument', strings.errors.pathNotAbsolute);
    if (senderId === null || !grants.covers(senderId, paths)) throw new IpcFailure('forbidden', strings.errors.pathNotDropped);
    return readPathsToBatch(paths, 'bulletin');
  };
}
