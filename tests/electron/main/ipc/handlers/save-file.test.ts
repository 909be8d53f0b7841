// 保存简报 / 备份资料库 / 导出日历: a save dialog with a safe name, then an atomic write.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveFile } from '../../../../../electron/main/ipc/handlers/save-file.ts';
import { callHandler } from '../../../../support/electron/call-handler.ts';
import { FakeBrowserWindow, fake, resetElectronMock } from '../../../../support/electron/electron-mock.ts';

vi.mock('electron', async () => (await import('../../../../support/electron/electron-mock.ts')).electronModule);

let dir: string;
beforeEach(() => {
  resetElectronMock();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'save-file-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);

function saveOptions(call = 0): Electron.SaveDialogOptions {
  const args = fake.dialog.showSaveDialog.mock.calls[call] as unknown[];
  return args[args.length - 1] as Electron.SaveDialogOptions;
}

describe('saveFile handler', () => {
  it('suggests a safe name in Documents, writes the bytes and returns the path', async () => {
    const target = path.join(dir, '北京绿源科技有限公司 简报.docx');
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const window = new FakeBrowserWindow({});
    const save = createSaveFile(() => '/home/user/文档');

    const result = await callHandler('saveFile', save, [{ kind: 'briefing', suggestedName: '北京绿源科技有限公司/简报', bytes: docx }], window);

    expect(result).toEqual({ ok: true, value: target });
    expect(fs.readFileSync(target)).toEqual(Buffer.from(docx));
    expect(fake.dialog.showSaveDialog.mock.calls[0]?.[0]).toBe(window);
    const options = saveOptions();
    expect(options.defaultPath).toBe(path.join('/home/user/文档', '北京绿源科技有限公司_简报.docx'));
    expect(options.filters).toEqual([{ name: 'Word 文档 (docx)', extensions: ['docx'] }]);
    expect(options.title).toBe('保存简报');
    expect(fs.readdirSync(dir)).toEqual(['北京绿源科技有限公司 简报.docx']);
  });

  it('adds the extension a Linux file chooser leaves off, and remembers the folder', async () => {
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, '截止日期') });
    const save = createSaveFile(() => '/home/user/文档');
    const ics = new TextEncoder().encode('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');

    const result = await callHandler('saveFile', save, [{ kind: 'calendar', suggestedName: '截止日期', bytes: ics }]);
    expect(result).toEqual({ ok: true, value: path.join(dir, '截止日期.ics') });
    expect(fs.readFileSync(path.join(dir, '截止日期.ics'), 'utf8')).toContain('BEGIN:VCALENDAR');

    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await callHandler('saveFile', save, [{ kind: 'backup', suggestedName: '', bytes: new Uint8Array([123, 125]) }]);
    expect(saveOptions(1).defaultPath).toBe(path.join(dir, '政策快讯助手备份.json'));
  });

  it('replaces an existing file only once the new bytes are safely written', async () => {
    const target = path.join(dir, '备份.json');
    fs.writeFileSync(target, 'old');
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const save = createSaveFile(() => dir);
    await callHandler('saveFile', save, [{ kind: 'backup', suggestedName: '备份', bytes: new TextEncoder().encode('new') }]);
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['备份.json']);
  });

  it('answers null when cancelled and writes nothing', async () => {
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const result = await callHandler('saveFile', createSaveFile(() => dir), [{ kind: 'briefing', suggestedName: '简报', bytes: docx }]);
    expect(result).toEqual({ ok: true, value: null });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('explains a failed write in words and leaves no temporary file', async () => {
    const missing = path.join(dir, '不存在的文件夹', '简报.docx');
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: missing });
    const result = await callHandler('saveFile', createSaveFile(() => dir), [{ kind: 'briefing', suggestedName: '简报', bytes: docx }]);
    expect(result).toEqual({ ok: false, error: { code: 'io', message: '保存位置不存在，请重新选择。' } });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses to replace a folder with a file', async () => {
    fs.mkdirSync(path.join(dir, '简报.docx'));
    fake.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, '简报.docx') });
    const result = await callHandler('saveFile', createSaveFile(() => dir), [{ kind: 'briefing', suggestedName: '简报', bytes: docx }]);
    expect(result).toEqual({ ok: false, error: { code: 'io', message: '无法保存文件。' } });
    expect(fs.readdirSync(dir)).toEqual(['简报.docx']);
  });

  it('rejects bytes that are not a Uint8Array, before any dialog', async () => {
    const result = await callHandler('saveFile', createSaveFile(() => dir), [{ kind: 'briefing', suggestedName: '简报', bytes: Array.from(docx) }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
