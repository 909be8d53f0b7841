// 相关链接: http(s) links go to the system browser as the parser normalised them; any
// other link is refused with a dialog that says why.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openExternal } from '../../../../../electron/main/ipc/handlers/open-external.ts';
import { callHandler } from '../../../../support/electron/call-handler.ts';
import { FakeBrowserWindow, fake, resetElectronMock } from '../../../../support/electron/electron-mock.ts';

vi.mock('electron', async () => (await import('../../../../support/electron/electron-mock.ts')).electronModule);

beforeEach(() => {
  resetElectronMock();
});

describe('openExternal handler', () => {
  it('opens an http(s) link in the system browser', async () => {
    const result = await callHandler('openExternal', openExternal, [{ url: 'https://WWW.MIIT.GOV.CN/jgsj/jns/index.html' }]);
    expect(result).toEqual({ ok: true, value: { opened: true, url: 'https://www.miit.gov.cn/jgsj/jns/index.html' } });
    expect(fake.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.miit.gov.cn/jgsj/jns/index.html');
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it.each([
    ['javascript:alert(1)', 'unsupported-protocol', '只能打开以 http:// 或 https:// 开头的网页链接。'],
    ['file:///etc/passwd', 'unsupported-protocol', '只能打开以 http:// 或 https:// 开头的网页链接。'],
    ['https://evil.com\\@gov.cn', 'backslash', '网址中含有反斜杠'],
    ['http://gov.cn.evil.com', 'misleading-host', '模仿政府网站'],
    ['https://gov.cn@evil.com', 'credentials', '用户名或密码'],
  ])('refuses %s and tells the user why (%s)', async (url, reason, explanation) => {
    const window = new FakeBrowserWindow({});
    const result = await callHandler('openExternal', openExternal, [{ url }], window);
    expect(result).toEqual({ ok: true, value: { opened: false, reason, notified: true } });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
    expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    const [parent, box] = fake.dialog.showMessageBox.mock.calls[0] as unknown as [unknown, Electron.MessageBoxOptions];
    expect(parent).toBe(window);
    expect(box.type).toBe('warning');
    expect(box.message).toBe('为了安全，这个链接没有打开。');
    expect(box.detail).toContain(explanation);
  });

  it('shows invisible characters of a refused link instead of passing them on', async () => {
    await callHandler('openExternal', openExternal, [{ url: 'https://evil.com/\u202Enc.vog' }]);
    const [box] = fake.dialog.showMessageBox.mock.calls[0] as unknown as [Electron.MessageBoxOptions];
    expect(box.detail).toContain('https://evil.com/�nc.vog');
    expect(box.detail).not.toContain('\u202E');
  });

  it('rejects a non-string url as an invalid argument', async () => {
    expect(await callHandler('openExternal', openExternal, [{ url: ['https://www.gov.cn'] }])).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });
});
