// @vitest-environment-options { "settings": { "disableCSSFileLoading": true, "disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true } }
// 网页原样: a saved page's HTML made safe for the reader's sandboxed frame. Nothing in it may
// run or load: scripts, style sheets, frames, media, remote pictures, CSS url() and
// @import, links away; what the page says and its inline look stay, behind a CSP that
// refuses every load. (The first line tells happy-dom not to fetch what a parsed page
// names, as a browser's DOMParser never does.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_CSP, inertCss, pageSrcdoc } from '../../../../renderer/features/reader/page-srcdoc.ts';
import { SHARED_DIR } from '../../../support/shared-inputs.ts';

const DALIAN = readFileSync(path.join(SHARED_DIR, 'real-notices/a-dalian-changxingdao-lvse-2019.html'), 'utf8');

function parse(srcdoc: string): Document {
  return new DOMParser().parseFromString(srcdoc, 'text/html');
}

describe('pageSrcdoc', () => {
  it('keeps a real saved page’s text and inline look, without its script, style sheet or links', () => {
    const srcdoc = pageSrcdoc(DALIAN);
    const doc = parse(srcdoc);
    expect(doc.querySelector('h1')?.textContent).toBe('关于组织申报第四批省级绿色工厂等示范名单的通知');
    expect(doc.body.textContent).toContain('并于8月14日前将加盖公章的纸质申报材料一式5份');
    expect([...doc.querySelectorAll('p')].find((p) => p.textContent === '2019年8月8日')?.getAttribute('style')).toBe('text-align:right;');
    expect(doc.querySelectorAll('script, link')).toHaveLength(0);
    expect(srcdoc).not.toContain('jquery.min.js');
    expect(srcdoc).not.toContain('/css/common.css');
    // The navigation stays as text; its links (and javascript: ones) go nowhere.
    expect(doc.querySelectorAll('[href]')).toHaveLength(0);
    expect(doc.body.textContent).toContain('打印本页');
  });

  it('puts a policy that refuses every load first in <head>', () => {
    const doc = parse(pageSrcdoc(DALIAN));
    const metas = [...doc.head.querySelectorAll('meta')];
    expect(metas.map((meta) => meta.getAttribute('http-equiv') ?? meta.getAttribute('charset'))).toEqual(['utf-8', 'Content-Security-Policy']);
    expect(metas[1]?.getAttribute('content')).toBe(PAGE_CSP);
    expect(PAGE_CSP).toContain("default-src 'none'");
    // The page's own meta tags (a refresh would navigate) are gone.
    expect(doc.querySelector('meta[name="PubDate"]')).toBeNull();
  });

  it('takes out everything that loads, runs or navigates', () => {
    const html = `<!doctype html><html><head>
      <meta http-equiv="refresh" content="0;url=https://example.cn/">
      <base href="https://example.cn/">
      <style>@import url("https://example.cn/a.css"); body { background: url(https://example.cn/bg.png) #fff; } .logo { background-image: url('data:image/png;base64,AAAA'); }</style>
      </head><body onload="steal()">
      <img src="https://example.cn/tracker.gif" srcset="https://example.cn/a.png 2x" alt="统计">
      <img src="data:image/png;base64,AAAA" alt="图章">
      <p style="background:url(//example.cn/x.png)">正文</p>
      <iframe title="广告"></iframe><object data="x.swf"></object><embed src="y.swf">
      <video src="v.mp4" poster="p.jpg"><source src="v.webm"></video>
      <form action="https://example.cn/post"><input type="image" src="https://example.cn/go.png"><button formaction="https://example.cn/b">提交</button></form>
      <svg><image href="https://example.cn/i.svg"></image><use href="#icon"></use></svg>
      <a href="#top">回到顶部</a><a href="https://example.cn/">外链</a><a href="javascript:alert(1)">脚本</a>
      <noscript><img src="https://example.cn/ns.gif"></noscript>
      <script>alert(1)</script>
      </body></html>`;
    const srcdoc = pageSrcdoc(html);
    expect(srcdoc).not.toMatch(/https?:\/\/|\/\/example\.cn|\.swf|\.mp4|\.webm|alert|steal/u);
    const doc = parse(srcdoc);
    expect(doc.querySelectorAll('iframe, object, embed, video, source, script, noscript, base')).toHaveLength(0);
    expect([...doc.querySelectorAll('img')].map((img) => [img.getAttribute('alt'), img.getAttribute('src')])).toEqual([
      ['统计', null],
      ['图章', 'data:image/png;base64,AAAA'],
    ]);
    expect(doc.querySelector('a[href="#top"]')?.textContent).toBe('回到顶部');
    expect(doc.querySelector('use')?.getAttribute('href')).toBe('#icon');
    expect(doc.body.textContent).toContain('外链');
    expect(doc.querySelector('style')?.textContent).toContain("url('data:image/png;base64,AAAA')");
  });
});

describe('inertCss', () => {
  it('drops @import and every url() but data:', () => {
    expect(inertCss('@import "a.css"; a { background: url( "x.png" ) no-repeat; b: URL(y) } c { d: url(data:image/gif;base64,R0) }')).toBe(
      ' a { background: none no-repeat; b: none } c { d: url(data:image/gif;base64,R0) }',
    );
  });
});
