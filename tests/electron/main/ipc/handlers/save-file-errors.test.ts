// What the user reads when the file system refuses a save. The errors are raised by a
// stand-in for the atomic write, since a test running as root cannot be refused access.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveFile } from '../../../../../electron/main/ipc/handlers/save-file.ts';
import { callHandler } from '../../../../support/electron/call-handler.ts';
import { fake, resetElectronMock } from '../../../../support/electron/electron-mock.ts';

vi.mock('electron', async () => (await import('../../../../support/electron/electron-mock.ts')).electronModule);
const write = vi.hoisted(() => ({ error: null as NodeJS.ErrnoException | null }));
vi.mock('../../../../../electron/node/files/write-file.ts', () => ({
  writeFileAtomically: () => (write.error ? Promise.reject(write.error) : Promise.resolve()),
}));

beforeEach(() => {
  resetElectronMock();
  fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/user/文档/简报.docx' });
});

describe('saveFile handler errors', () => {
  it.each([
    ['EACCES', '没有写入该位置的权限，请换一个文件夹保存。'],
    ['EPERM', '文件被占用或没有权限（如果它正在 Word 中打开，请先关闭）。'],
    ['EBUSY', '文件正被其他程序使用（如果它正在 Word 中打开，请先关闭）。'],
    ['ENOSPC', '磁盘空间不足，无法保存。'],
    ['EROFS', '该位置是只读的，请换一个文件夹保存。'],
    ['EIO', '无法保存文件。'],
  ])('%s → %s', async (code, message) => {
    write.error = Object.assign(new Error(`${code}: failed`), { code });
    const result = await callHandler('saveFile', createSaveFile(() => '/home/user/文档'), [
      { kind: 'briefing', suggestedName: '简报', bytes: new Uint8Array([1]) },
    ]);
    expect(result).toEqual({ ok: false, error: { code: 'io', message } });
  });
});
