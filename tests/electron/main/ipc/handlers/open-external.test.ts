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

  it('asks before opening a host outside gov.cn, showing the host, and opens it only on 打开', async () => {
    const window = new FakeBrowserWindow({});
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    const declined = await callHandler('openExternal', openExternal, [{ url: 'http://www.chinamomentum.com/news?id=1' }], window);
    expect(declined).toEqual({ ok: true, value: { opened: false, reason: 'declined', notified: true } });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
    const [parent, box] = fake.dialog.showMessageBox.mock.calls[0] as unknown as [unknown, Electron.MessageBoxOptions];
    expect(parent).toBe(window);
    expect(box.message).toBe('即将在浏览器中打开：www.chinamomentum.com');
    expect(box.detail).toContain('http://www.chinamomentum.com/news?id=1');
    expect(box.buttons).toEqual(['打开', '取消']);
    expect(box.cancelId).toBe(1);

    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    const opened = await callHandler('openExternal', openExternal, [{ url: 'http://www.chinamomentum.com/news?id=1' }], window);
    expect(opened).toEqual({ ok: true, value: { opened: true, url: 'http://www.chinamomentum.com/news?id=1' } });
    expect(fake.shell.openExternal).toHaveBeenCalledExactlyOnceWith('http://www.chinamomentum.com/news?id=1');
  });

  it('opens gov.cn and its subdomains without asking', async () => {
    for (const url of ['https://www.gov.cn/zhengce/', 'http://gxt.shandong.gov.cn/art/2018/8/28/art_1.html', 'https://GOV.CN/']) {
      expect(await callHandler('openExternal', openExternal, [{ url }])).toMatchObject({ ok: true, value: { opened: true } });
    }
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
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
