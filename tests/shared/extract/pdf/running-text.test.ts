// Line rebuilding, page furniture and paragraph layout on hand-placed pdf.js text
// items, one rule per test, so a failure names the rule. (scores.test.ts checks the
// same code end to end on real PDFs.)
import { describe, expect, it } from 'vitest';
import { dropPageFurniture, isPageNumber } from '../../../../shared/extract/pdf/page-furniture.ts';
import { layoutText } from '../../../../shared/extract/pdf/running-text.ts';
import { rebuildLines, type PdfLine } from '../../../../shared/extract/pdf/page-lines.ts';
import type { PdfTextItem } from '../../../../shared/extract/types.ts';

const SIZE = 10;
/** A run of text at (x, y) in a 10 pt font, CJK characters 1 em wide, Latin 0.5 em. */
function run(str: string, x: number, y: number, size = SIZE): PdfTextItem {
  const width = Array.from(str).reduce((sum, c) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? size : size / 2), 0);
  return { str, transform: [size, 0, 0, size, x, y], width, height: size };
}
/** A run placed right after another, `gap` ems further on. */
const after = (previous: PdfTextItem, str: string, gap: number): PdfTextItem =>
  run(str, (previous.transform[4] ?? 0) + previous.width + gap * SIZE, previous.transform[5] ?? 0);

const textOf = (items: PdfTextItem[]) => rebuildLines(items, 1).map((line) => line.text);

describe('rebuildLines', () => {
  it('orders lines top to bottom and runs left to right, whatever the content-stream order', () => {
    const items = [run('第二行', 50, 700), run('后半', 70, 720), run('前半', 50, 720)];
    expect(textOf(items)).toEqual(['前半后半', '第二行']);
  });

  it('keeps a raised footnote mark on its line', () => {
    const body = run('正文', 50, 700);
    const mark = { ...run('1', 70, 703, 6) };
    expect(textOf([body, mark])).toEqual(['正文1']);
  });

  it('puts a space for a gap between Chinese characters (two agencies on one line)', () => {
    const a = run('工业和信息化部', 50, 700);
    expect(textOf([a, after(a, '国家标准化管理委员会', 1)])).toEqual(['工业和信息化部 国家标准化管理委员会']);
  });

  it('puts no space for the narrow automatic gap between Chinese and Latin (2018年)', () => {
    const a = run('2018', 50, 700);
    const blank = { ...after(a, ' ', 0), width: 2, height: 0 };
    expect(textOf([a, blank, after(a, '年', 0.2)])).toEqual(['2018年']);
  });

  it('puts a space between Latin words set apart by a gap', () => {
    const a = run('Policy', 50, 700);
    expect(textOf([a, after(a, 'Brief', 0.3)])).toEqual(['Policy Brief']);
  });

  it('writes a tab for a column gap (a table of contents page number)', () => {
    const a = run('[绿色制造]', 50, 700);
    expect(textOf([a, after(a, '2', 20)])).toEqual(['[绿色制造]\t2']);
  });

  it('drops rotated runs (diagonal watermarks)', () => {
    const watermark: PdfTextItem = { str: '内部资料', transform: [30, 30, -30, 30, 200, 400], width: 120, height: 42 };
    expect(textOf([run('正文', 50, 700), watermark])).toEqual(['正文']);
  });
});

/** A page of lines at a 14 pt step from the top; `texts` may hold null for an empty line. */
function page(number: number, texts: (string | null)[], options: { top?: number; step?: number } = {}): PdfLine[] {
  const { top = 780, step = 14 } = options;
  const lines: PdfLine[] = [];
  texts.forEach((text, i) => {
    if (text === null) return;
    const width = Array.from(text).length * SIZE;
    lines.push({ text, x: 50, right: 50 + width, y: top - i * step, size: SIZE, page: number });
  });
  return lines;
}

describe('dropPageFurniture', () => {
  const header = '北京关键要素科技有限公司 · 政策快讯';
  const bodies = [
    ['为加快构建全市绿色制造体系，', '推动工业绿色转型发展。'],
    ['现将有关事项通知如下：', '一、申报条件'],
    ['二、申报材料', '（一）申报书一式三份；'],
    ['三、联系方式', '联系人：王明'],
  ];
  const pages = bodies.map((body, i) => [
    { text: header, x: 150, right: 350, y: 810, size: 9, page: i + 1 },
    ...page(i + 1, body),
    { text: `第 ${i + 1} 页 共 4 页`, x: 250, right: 330, y: 30, size: 9, page: i + 1 },
  ]);

  it('drops a running header and a page-number footer repeated on every page', () => {
    const kept = dropPageFurniture(pages).flat().map((line) => line.text);
    expect(kept).toEqual(bodies.flat());
  });

  it('keeps a first-page title that reads like the header but is not printed where it is', () => {
    // Page 1 has no running header; its title, in the header's words, sits lower.
    const title = { text: header, x: 100, right: 400, y: 795, size: 16, page: 1 };
    const firstPage = [title, ...pages[0]!.slice(1)];
    const kept = dropPageFurniture([firstPage, ...pages.slice(1)]).map((lines) => lines.map((line) => line.text));
    expect(kept[0]).toEqual([header, ...bodies[0]!]);
    expect(kept[1]).toEqual(bodies[1]);
  });

  it('drops page numbers even on a single page, but keeps body lines that merely contain digits', () => {
    const single = [[...page(1, ['第一条 2019年9月9日前报送。']), { text: '- 1 -', x: 280, right: 310, y: 30, size: 9, page: 1 }]];
    expect(dropPageFurniture(single)[0]!.map((line) => line.text)).toEqual(['第一条 2019年9月9日前报送。']);
  });

  it.each(['第 3 页 共 18 页', '第3页', '- 3 -', '— 12 —', '3 / 18', '7', 'Page 2 of 9'])('knows %j as a page number', (text) => {
    expect(isPageNumber(text)).toBe(true);
  });

  it.each(['第三条 申报', '2019年', '共同推进'])('does not take %j for a page number', (text) => {
    expect(isPageNumber(text)).toBe(false);
  });
});

describe('layoutText', () => {
  // Forty characters fill the 400 pt text width of these pages. Every page starts with
  // a paragraph of full lines: a right margin is only trusted where many lines end.
  const full = (text: string) => text.padEnd(40, '文');
  const PREFACE = [full('甲'), full('乙'), full('丙'), '丁。'];
  const layout = (pages: (string | null)[][], adjust: (lines: PdfLine[][]) => void = () => {}) => {
    const built = pages.map((texts, i) => page(i + 1, i === 0 ? [...PREFACE, ...texts] : texts));
    adjust(built);
    const text = layoutText(built);
    const preface = PREFACE.join('');
    expect(text.startsWith(preface)).toBe(true);
    return text.slice(preface.length).replace(/^\n/, '');
  };

  it('joins a line wrapped at the margin to the next, without a space between Chinese characters', () => {
    const text = layout([[full('为加快构建全市绿色制造体系'), '推动工业绿色转型发展。', full('另一段'), '结束。']]);
    expect(text.split('\n')[0]).toBe(`${full('为加快构建全市绿色制造体系')}推动工业绿色转型发展。`);
  });

  it('writes a blank line where a wider gap separates paragraphs, and keeps short lines apart', () => {
    const text = layout([[null, full('第一段'), '第一段结束。', null, '工业和信息化部', '2016年9月7日', null, full('第二段'), '第二段结束。']]);
    expect(text).toBe(`\n${full('第一段')}第一段结束。\n\n工业和信息化部\n2016年9月7日\n\n${full('第二段')}第二段结束。`);
  });

  it('does not join a line to an indented one (a new paragraph)', () => {
    const text = layout([[full('第一段'), full('第二段'), '完。']], ([lines]) => {
      const second = PREFACE.length + 1;
      lines![second] = { ...lines![second]!, x: 70, right: 450 };
    });
    expect(text.split('\n')).toEqual([full('第一段'), `${full('第二段')}完。`]);
  });

  it('keeps a full line ending in 。 apart where paragraphs have no gaps', () => {
    const ended = full('甲').slice(0, 39) + '。';
    expect(layout([[ended, '乙段开始', full('丙'), '丁。']]).split('\n')[0]).toBe(ended);
  });

  it('rejoins a URL broken at the margin without a space', () => {
    const url = 'http://www.miit.gov.cn/n1146285/n1146352/n3054355/n3057542/n5920352/c5269475/content.html';
    const text = layout([['相关链接：', url.slice(0, 70), url.slice(70), '下一行。']], ([lines]) => {
      const first = PREFACE.length + 1;
      lines![first] = { ...lines![first]!, right: 450 };
    });
    expect(text.split('\n')).toContain(url);
  });

  it('keeps two URLs on consecutive lines apart even when the first reaches the margin', () => {
    const urls = ['http://www.chinamomentum.com/download/files/2019/09/annual-report-of-the-year.html', 'http://gxt.nx.gov.cn/info/1310/16416.htm'];
    const text = layout([[...urls, full('正文')]], ([lines]) => {
      lines![PREFACE.length] = { ...lines![PREFACE.length]!, right: 450 };
    });
    expect(text.split('\n').slice(0, 2)).toEqual(urls);
  });

  it('continues a sentence across a page break once the furniture is gone', () => {
    const text = layout([[full('上一页'), full('最后一行')], ['下一页的开头。', full('更多')]]);
    expect(text).toContain(`${full('最后一行')}下一页的开头。`);
  });

  it('joins nothing where lines do not share a right margin (a short page)', () => {
    const lines = page(1, ['关于印发《绿色制造标准体系建设指南》的通知', '工信部联节〔2016〕304号']);
    expect(layoutText([lines])).toBe('关于印发《绿色制造标准体系建设指南》的通知\n工信部联节〔2016〕304号');
  });
});
