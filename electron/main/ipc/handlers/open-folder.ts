import { pickFolder } from '../../dialogs.ts';
import { readPathsToBatch } from '../../../node/files/read-batch.ts';
import type { RequestHandler } from '../register.ts';

/** 导入文件夹: every bulletin under the chosen folder. */
export const openFolder: RequestHandler<'openFolder'> = async (_args, { window }) => {
  const folder = await pickFolder(window);
  return folder === null ? null : readPathsToBatch([folder], 'bulletin');
};
