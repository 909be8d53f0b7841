import { pickFiles } from '../../dialogs.ts';
import { readPathsToBatch } from '../../../node/files/read-batch.ts';
import type { RequestHandler } from '../register.ts';

/** 导入快讯 (several bulletins) or 从备份恢复 (one backup): a dialog, then the bytes. */
export const openFiles: RequestHandler<'openFiles'> = async ({ kind }, { window }) => {
  const paths = await pickFiles(window, kind);
  return paths === null ? null : readPathsToBatch(paths, kind);
};
