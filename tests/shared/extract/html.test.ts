// Saved web pages: the page's own address (canonical, og:url, MHTML Content-Location,
// the browser's "saved from url" mark), its title, its character set, and the main text
// without navigation, buttons and footers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../shared/extract/html/read-html.ts';
import { readMhtml } from '../../../shared/extract/html/read-mhtml.ts';
import { ExtractError } from '../../../shared/extract/errors.ts';
import { codeWords } from '../../../renderer/platform/i18n/codes.ts';
import { declaredCharset } from '../../../shared/extract/html/charset.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/single');
const utf8 = (html: string) => new TextEncoder().encode(html);

const BODY = `<div class="nav"><a>首页</a><a>政务公开</a></div><div class="main"><h2>关于推荐2020年度山东省服务型制造示范企业的通知</h2>
<p>发布时间：2019-09-09 16:32\u3000来源：产业政策处</p><div class="content"><p>鲁工信产〔2019〕146号</p><p>各市工业和信息化局，有关企业：</p>
<p>为贯彻落实《山东新旧动能转换综合试验区建设总体方案》部署，经研究确定，组织开展2020年度服务型制造示范企业推荐工作，各市于9月19日前报送。</p>
<p>山东省工业和信息化厅</p><p>2019年9月9日</p></div><p>【打印】【关闭】</p></div><div class="footer">版权所有：山东省工业和信息化厅</div>`;

describe('readHtml', () => {
  it('finds the address in the canonical link, og:url, or the browser\u2019s saved-from mark, in that order', () => {
    const saved = `<!DOCTYPE html>\n<!-- saved from url=(0061)http://gxt.shandong.gov.cn/art/2019/9/9/art_15201_7120101.html -->\n<html><head><meta charset="utf-8"><title>t</title></head><body>${BODY}</body></html>`;
    expect(readHtml(utf8(saved)).url).toBe('http://gxt.shandong.gov.cn/art/2019/9/9/art_15201_7120101.html');
    const og = saved.replace('<title>', '<meta property="og:url" content="https://gxt.shandong.gov.cn/og.html"><title>');
    expect(readHtml(utf8(og)).url).toBe('https://gxt.shandong.gov.cn/og.html');
    const canonical = og.replace('<title>', '<link rel="canonical" href="https://gxt.shandong.gov.cn/c.html"><title>');
    expect(readHtml(utf8(canonical)).url).toBe('https://gxt.shandong.gov.cn/c.html');
    // A CMS that names its home page as every page's canonical address: the next address is the page's.
    const home = og.replace('<title>', '<link rel="canonical" href="http://gxt.shandong.gov.cn/"><title>');
    expect(readHtml(utf8(home)).url).toBe('https://gxt.shandong.gov.cn/og.html');
    const onlyHome = saved.replace('<title>', '<meta property="og:url" content="https://gxt.shandong.gov.cn/index.html"><title>').replace(/<!-- saved from[^>]*-->/, '');
    expect(readHtml(utf8(onlyHome)).url).toBeNull();
    const unsafe = `<html><head><link rel="canonical" href="javascript:alert(1)"></head><body>${BODY}</body></html>`;
    expect(readHtml(utf8(unsafe)).url).toBeNull();
  });

  it('takes the title from the page heading, not the site name in <title>', () => {
    const page = `<html><head><meta charset="utf-8"><title>关于推荐2020年度山东省服务型制造示范企业的通知_山东省工业和信息化厅</title></head><body>${BODY}</body></html>`;
    const read = readHtml(utf8(page));
    expect(read.title).toBe('关于推荐2020年度山东省服务型制造示范企业的通知');
    const lines = read.text.split('\n\n');
    expect(lines[0]).toBe('关于推荐2020年度山东省服务型制造示范企业的通知');
    expect(lines).toContain('鲁工信产〔2019〕146号');
    expect(lines).toContain('2019年9月9日');
    expect(read.text).not.toMatch(/首页|版权所有/);
  });

  it('decodes a GB2312 page by its meta charset', () => {
    const bytes = readFileSync(path.join(FIXTURES, 'shanxi-jinxingban-gbk.html'));
    expect(declaredCharset(bytes)).toBe('gb2312');
    const read = readHtml(new Uint8Array(bytes));
    expect(read.encoding).toBe('gb18030');
    expect(read.text).toContain('晋金发〔2018〕7号');
    expect(read.title).toBe('关于做好全省小微企业挂牌“晋兴板”奖励资金申报工作的通知');
  });

  it('keeps a gov.cn metadata table as label-and-value lines above the text', () => {
    const read = readHtml(new Uint8Array(readFileSync(path.join(FIXTURES, 'gov-cn-zombie-debt.html'))));
    const lines = read.text.split('\n\n');
    expect(lines.slice(0, 4).every((line) => /^(?:索 引 号|发文机关|标\u3000\u3000题|发文字号)：/.test(line))).toBe(true);
    expect(read.text).not.toContain('关于做好2018年重点领域化解过剩产能工作的通知');
  });
});

describe('readHtml on what is hardly a page', () => {
  it('reads text with no tag at all (a stray byte first, plain text saved as .html) as the page body', () => {
    expect(readHtml(new Uint8Array([0x20, 0])).text.trim()).toBe('\u0000');
    expect(readHtml(utf8('关于开展2019年度绿色工厂推荐工作的通知\n各区工业和信息化主管部门：')).text).toContain('关于开展2019年度绿色工厂推荐工作的通知');
  });
});

describe('readMhtml', () => {
  it('reads the archive\u2019s page and its Content-Location', () => {
    const read = readMhtml('m.mhtml', new Uint8Array(readFileSync(path.join(FIXTURES, 'miit-green-standards.mhtml'))));
    expect(read.url).toBe('http://www.miit.gov.cn/n1146285/n1146352/n3054355/n3057542/n5920352/c5269475/content.html');
    expect(read.text).toContain('工信部联节〔2016〕304号');
    expect(read.text).not.toContain('body { font-family');
  });

  it('refuses what is no archive, with a message', () => {
    let thrown: unknown = null;
    try {
      readMhtml('坏.mhtml', utf8('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n--x--'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ExtractError);
    expect(thrown instanceof ExtractError && codeWords.extractProblem(thrown.fileName, thrown.problem)).toMatch(/「坏\.mhtml」不是完整的网页存档/);
  });
});
