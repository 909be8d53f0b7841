// The one external-link check (shared/ipc/external-url.ts), used by the main process and
// the web fallback. A table of links a consultant meets in bulletins, and of links made
// to look like something they are not.
import { describe, expect, it } from 'vitest';
import { checkExternalUrl, isTrustedLinkHost, isMisleadingHost } from '../../../shared/ipc/external-url.ts';
import type { UrlRejection } from '../../../shared/ipc/contract.ts';

const opened: Array<[string, string]> = [
  ['https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2023/art_1.html', 'https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2023/art_1.html'],
  ['http://www.gov.cn/zhengce/content/2016-09/20/content_5109942.htm', 'http://www.gov.cn/zhengce/content/2016-09/20/content_5109942.htm'],
  ['HTTPS://WWW.NDRC.GOV.CN/xxgk/', 'https://www.ndrc.gov.cn/xxgk/'],
  ['https://jxj.beijing.gov.cn/tzgg/202401/t20240115_3534.html?from=list#attachments', 'https://jxj.beijing.gov.cn/tzgg/202401/t20240115_3534.html?from=list#attachments'],
  ['https://gov.cn/', 'https://gov.cn/'],
  ['https://www.cnipa.gov.cn./', 'https://www.cnipa.gov.cn./'],
  ['https://www.chinabidding.com.cn/zbgg/123.html', 'https://www.chinabidding.com.cn/zbgg/123.html'],
  ['http://example.com:8080/a%20b', 'http://example.com:8080/a%20b'],
  // Chinese in the path is percent-encoded by the parser, and that encoded form is opened.
  ['https://www.sz.gov.cn/cn/xxgk/zfxxgj/tzgg/通知.html', 'https://www.sz.gov.cn/cn/xxgk/zfxxgj/tzgg/%E9%80%9A%E7%9F%A5.html'],
  ['https://governance.com/report', 'https://governance.com/report'],
];

const refused: Array<[string, UrlRejection]> = [
  // Not the web.
  ['javascript:alert(1)', 'unsupported-protocol'],
  ['JavaScript:alert(document.cookie)', 'unsupported-protocol'],
  ['file:///etc/passwd', 'unsupported-protocol'],
  ['file:///C:/Windows/System32/calc.exe', 'unsupported-protocol'],
  ['data:text/html,<script>alert(1)</script>', 'unsupported-protocol'],
  ['vbscript:msgbox(1)', 'unsupported-protocol'],
  ['mailto:someone@miit.gov.cn', 'unsupported-protocol'],
  ['ms-msdt:/id%20PCWDiagnostic', 'unsupported-protocol'],
  ['smb://evil.com/share', 'unsupported-protocol'],
  ['ftp://ftp.gov.cn/file', 'unsupported-protocol'],
  ['policy-desk://open', 'unsupported-protocol'],
  // Not a whole URL.
  ['www.miit.gov.cn', 'not-a-url'],
  ['//evil.com/path', 'not-a-url'],
  ['', 'not-a-url'],
  ['http://[::1', 'not-a-url'],
  // Written so the parser reads it differently than a person does.
  ['https:gov.cn', 'malformed-authority'],
  ['https:/gov.cn', 'malformed-authority'],
  ['https:///evil.com', 'malformed-authority'],
  ['https://evil.com\\@gov.cn', 'backslash'],
  ['https://gov.cn\\.evil.com/', 'backslash'],
  ['https://gov.cn@evil.com/', 'credentials'],
  ['https://www.miit.gov.cn:443@evil.com/', 'credentials'],
  ['https://user:pass@www.gov.cn/', 'credentials'],
  ['https://@evil.com/', 'credentials'],
  ['https://gov.cn%40evil.com/', 'not-a-url'],
  // Invisible or white-space characters.
  [' https://www.gov.cn/', 'whitespace-or-control'],
  ['https://www.gov.cn/\n', 'whitespace-or-control'],
  ['https://www.gov.cn/a\tb', 'whitespace-or-control'],
  ['https://www.gov.cn/\u0000', 'whitespace-or-control'],
  ['https://www.gov.cn\u3000/', 'whitespace-or-control'],
  ['https://www.gov\u200b.cn/', 'whitespace-or-control'],
  ['https://evil.com/\u202Enc.vog.www', 'whitespace-or-control'],
  ['https://www.gov.cn/\u00a0', 'whitespace-or-control'],
  // Hosts dressed up as government sites.
  ['http://gov.cn.evil.com', 'misleading-host'],
  ['https://www.miit.gov.cn.evil-site.net/login', 'misleading-host'],
  ['https://gov-cn.com/', 'misleading-host'],
  ['https://www.gov.cn-notice.top/', 'misleading-host'],
  ['https://govcn.org/', 'misleading-host'],
  // The ideographic full stop is a dot to the parser: this is gov.cn.evil.com.
  ['https://gov.cn\u3002evil.com/', 'misleading-host'],
  ['https://' + 'a'.repeat(5000) + '.com/', 'too-long'],
];

describe('checkExternalUrl', () => {
  it.each(opened)('opens %s as %s', (raw, expected) => {
    const { hostname, host } = new URL(expected);
    const government = /(^|\.)gov\.cn\.?$/.test(hostname);
    expect(checkExternalUrl(raw)).toEqual({ ok: true, url: expected, host, trusted: government });
  });

  it.each(refused)('refuses %j (%s)', (raw, reason) => {
    expect(checkExternalUrl(raw)).toEqual({ ok: false, reason });
  });

  it('opens the parser\u2019s normalised href, never the raw text', () => {
    const check = checkExternalUrl('https://WWW.Gov.CN/a/../b?q=政策');
    expect(check).toEqual({ ok: true, url: 'https://www.gov.cn/b?q=%E6%94%BF%E7%AD%96', host: 'www.gov.cn', trusted: true });
  });
});

describe('isTrustedLinkHost', () => {
  it.each([
    ['gov.cn', true],
    ['www.gov.cn', true],
    ['GXT.Shandong.gov.cn.', true],
    ['www.chinamomentum.com', false],
    ['gov.cn.evil.com', false],
    ['notgov.cn', false],
    ['mp.weixin.qq.com', false],
  ])('%s → %s', (host, trusted) => {
    expect(isTrustedLinkHost(host)).toBe(trusted);
  });
});

describe('isMisleadingHost', () => {
  it.each([
    ['gov.cn', false],
    ['www.gov.cn', false],
    ['www.miit.gov.cn', false],
    ['www.gov.cn.', false],
    ['gov.cn.evil.com', true],
    ['evil.com', false],
    ['gov-cn.net', true],
    ['mygov.cn.com', false],
    ['governance.cn', false],
  ])('%s → %s', (host, misleading) => {
    expect(isMisleadingHost(host)).toBe(misleading);
  });
});
