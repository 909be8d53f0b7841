// The briefing as a reader sees it: LibreOffice renders the .docx to PDF (Chinese
// fonts through tests/support/fonts.conf), and the PDF is read back with poppler.
// Proves the document opens in a real word processor, every title and the client
// are on the pages, the page fields count, Chinese is drawn in the CJK faces the
// styles ask for (serif 仿宋/宋体 body, sans 黑体 headings), and no text runs past
// the margins (tables included).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packBriefing } from '../../../shared/briefing/index.ts';
import { BRIEFING_TEMPLATES } from '../../../shared/briefing/templates.ts';
import { stripSpaces } from '../../../shared/text/normalize.ts';
import { convertToPdf, disposeLibreOffice, pdfFonts, pdfPageCount, pdfText, requireTools } from '../../support/libreoffice.ts';
import { allLabelledNotices, sampleBriefing, threeApplicationNotices } from '../../support/briefing-fixtures.ts';
import { bulletinNotice } from '../../support/bulletin-docs.ts';
import type { Briefing } from '../../../shared/model/briefing.ts';

const run = promisify(execFile);
const HANGING_PUNCTUATION = /[、，。；：！？）》」』”]$/;
const MM = 72 / 25.4;
const notices = allLabelledNotices();

afterAll(disposeLibreOffice);

type Word = { xMin: number; xMax: number; text: string; page: number };

async function wordBoxes(pdf: string): Promise<{ pageWidth: number; words: Word[] }> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pageWidth = Number(/<page width="([\d.]+)"/.exec(stdout)?.[1]);
  const words: Word[] = [];
  for (const [page, pageXml] of stdout.split('<page ').slice(1).entries()) {
    for (const match of pageXml.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
      words.push({ xMin: Number(match[1]), xMax: Number(match[2]), text: match[3] ?? '', page: page + 1 });
    }
  }
  return { pageWidth, words };
}

for (const template of Object.values(BRIEFING_TEMPLATES)) {
  describe(`${template.label} rendered by LibreOffice`, () => {
    const briefing = sampleBriefing(notices, template.id);
    const dir = mkdtempSync(join(tmpdir(), `briefing-${template.id}-`));
    let pdf = '';
    let pages = 0;

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    beforeAll(async () => {
      await requireTools();
      const docx = join(dir, `${template.id}.docx`);
      writeFileSync(docx, await packBriefing(briefing));
      pdf = await convertToPdf(docx, dir);
      pages = await pdfPageCount(pdf);
    }, 240_000);

    it('shows every notice title and the client name', async () => {
      const text = stripSpaces(await pdfText(pdf));
      expect(text).toContain(briefing.client.name);
      for (const notice of notices) expect(text, notice.title).toContain(stripSpaces(notice.title));
      const front = template.front === 'cover' ? ['本期概览', '近期截止'] : ['报告期'];
      for (const category of [...front, '政策文件', '项目申报', '绿色制造', '中小服务平台']) expect(text).toContain(category);
    });

    const cover = template.front === 'cover';
    it(cover ? 'has a cover without header or footer, then 第 X 页 共 Y 页 on every other page' : 'has the masthead on page one, and 第 X 页 共 Y 页 on every page', async () => {
      expect(pages).toBeGreaterThan(cover ? 3 : 1);
      const first = await run('pdftotext', ['-f', '1', '-l', '1', pdf, '-']);
      expect(stripSpaces(first.stdout)).toContain(briefing.client.name);
      if (cover) expect(first.stdout).not.toMatch(/第 \d+ 页/);
      else expect(stripSpaces(first.stdout)).toContain(`第1页共${pages}页`);
      for (let page = 2; page <= pages; page++) {
        const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-']);
        // pdftotext drops narrow spaces between CJK and digits, so compare without spaces.
        expect(stripSpaces(stdout), `page ${page}`).toContain(`第${page}页共${pages}页`);
        expect(stripSpaces(stdout), `page ${page}`).toContain(briefing.consultant.company);
      }
    });

    it('draws Chinese in the Noto CJK faces the aliases give 仿宋/宋体 and 黑体, nothing else', async () => {
      const fonts = (await pdfFonts(pdf))
        .split('\n')
        .slice(2)
        .map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '')
        .filter(Boolean);
      expect(fonts.some((font) => font.startsWith('NotoSerifCJK'))).toBe(true);
      expect(fonts.some((font) => font.startsWith('NotoSansCJK'))).toBe(true);
      expect(fonts.filter((font) => !/^(NotoSerifCJK|NotoSansCJK|Liberation(Serif|Sans))/.test(font))).toEqual([]);
    });

    it('keeps all text between the side margins', async () => {
      const { pageWidth, words } = await wordBoxes(pdf);
      const left = template.marginsMm.left * MM - 1.5;
      const right = pageWidth - template.marginsMm.right * MM + 1.5;
      // A line may end in one full-width punctuation mark hanging into the margin
      // (行尾标点悬挂), as Word and LibreOffice set Chinese by default; nothing more.
      const hang = (word: Word) => (HANGING_PUNCTUATION.test(word.text) ? template.sizePt.body : 0);
      const outside = words.filter((word) => word.xMin < left || word.xMax > right + hang(word));
      expect(outside).toEqual([]);
      expect(words.length).toBeGreaterThan(template.front === 'cover' ? 500 : 300);
    });
  });
}

describe('简洁 briefing of three notices', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-three-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The briefing through LibreOffice: its page count and its text without spaces. */
  async function rendered(briefing: Briefing, name: string): Promise<{ pages: number; text: string }> {
    await requireTools();
    const docx = join(dir, `${name}.docx`);
    writeFileSync(docx, await packBriefing(briefing));
    const pdf = await convertToPdf(docx, dir);
    return { pages: await pdfPageCount(pdf), text: stripSpaces(await pdfText(pdf)) };
  }

  it('fits one page in LibreOffice, 要点 and links included', async () => {
    // Three application notices with the most to say: conditions, money, deadlines, contacts, attachments.
    const three = threeApplicationNotices();
    const { pages, text } = await rendered({ ...sampleBriefing(three, 'compact'), period: null }, 'three');
    expect(pages).toBe(1);
    for (const notice of three) expect(text).toContain(stripSpaces(notice.title));
    expect(text).toContain('申报时间：');
    expect(text).toContain('联系方式：');
    expect(text).toContain('报告期：截至2018年12月20日');
  }, 240_000);

  it("fits one page with a notice's two deadlines (the applicant's and the district's) on its one meta line", async () => {
    const [shanxi, beijing, zhejiang] = threeApplicationNotices();
    if (!shanxi || !beijing || !zhejiang) throw new Error('three notices expected');
    // 北京: the applicant's 2019-01-08, and the district recommends by 2019-01-10.
    const twoLevels = { ...beijing, deadlines: [...beijing.deadlines, { date: '2019-01-10', party: 'authority' as const, evidence: '' }] };
    const base = sampleBriefing([shanxi, twoLevels, zhejiang], 'compact');
    const items = base.items.map((item) => ({ ...item, validity: null }));
    const { pages, text } = await rendered({ ...base, period: null, items }, 'two-deadlines');
    expect(pages).toBe(1);
    expect(text).toContain(stripSpaces('截止：2019年1月8日（申报单位）；2019年1月10日（主管部门推荐）'));
    expect(text).not.toContain('时效未载明');
  }, 240_000);

  it('fits one page with the heaviest three of the bulletins, each in its own section with a two-line note', async () => {
    const three = ['浙江省关于组织开展2019年度', '工业和信息化部关于组织申报2019年消费品工业', '北京市关于征集支持中小企业发展资金'].map(bulletinNotice);
    const note = '建议关注：与贵司业务直接相关，请于截止前准备申报材料，并与我们联系确认细节。';
    const base = sampleBriefing(three, 'compact', '2019-09-01');
    const { pages, text } = await rendered({ ...base, period: null, items: base.items.map((item) => ({ ...item, note: `${note}\n${note}`, excerpt: null })) }, 'heavy');
    expect(pages).toBe(1);
    for (const notice of three) expect(text).toContain(stripSpaces(notice.title));
    // The money stays when the budget runs short.
    expect(text).toContain('500-3000万元');
  }, 240_000);
});
