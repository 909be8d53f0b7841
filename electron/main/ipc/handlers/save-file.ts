import path from 'node:path';
import { extensionOf, FILE_EXTENSIONS, safeFileName, type SaveKind } from '../../../../shared/ipc/files.ts';
import { pickSavePath } from '../../dialogs.ts';
import { writeFileAtomically } from '../../../node/files/write-file.ts';
import { strings } from '../../strings.ts';
import { IpcFailure } from '../failure.ts';
import type { RequestHandler } from '../register.ts';

/** Linux file choosers do not add the extension the filter implies. */
function withExtension(target: string, kind: SaveKind): string {
  const extension = FILE_EXTENSIONS[kind][0] ?? '';
  return extensionOf(target) === extension ? target : `${target}.${extension}`;
}

function saveErrorMessage(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return strings.errors.save[code] ?? strings.errors.save.other ?? '';
}

/**
 * 保存简报, 备份资料库, 导出日历: a save dialog offering a safe name in the folder last
 * saved to (Documents at first), then an atomic write. Null when cancelled.
 */
export function createSaveFile(defaultDirectory: () => string): RequestHandler<'saveFile'> {
  let lastDirectory: string | null = null;
  return async ({ kind, suggestedName, bytes }, { window }) => {
    const name = safeFileName(suggestedName, kind, strings.dialog.defaultFileName[kind]);
    const chosen = await pickSavePath(window, kind, path.join(lastDirectory ?? defaultDirectory(), name));
    if (chosen === null) return null;
    const target = withExtension(chosen, kind);
    try {
      await writeFileAtomically(target, bytes);
    } catch (error) {
      throw new IpcFailure('io', saveErrorMessage(error));
    }
    lastDirectory = path.dirname(target);
    return target;
  };
}
