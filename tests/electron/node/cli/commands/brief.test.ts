// `cli brief` run in-process on the real bulletins (parsed by the real parser): the
// .docx it writes holds every notice of the files (or those --select picks), and bad
// input ends in one clear Chinese line, exit code 1 and no file.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../../../../../electron/node/cli/command.ts';
import { briefCommand, noticeMatches, selectFragments } from '../../../../../electron/node/cli/commands/brief.ts';
import { keyPoints } from '../../../../../shared/briefing/points.ts';
import { BRIEFING_TEMPLATES } from '../../../../../shared/briefing/templates.ts';
import type { ParsedNotice } from '../../../../../shared/model/notice.ts';
import { parseBulletin } from '../../../../../shared/parse/index.ts';
import { paragraphTexts, readDocx, styledParagraphs, tableRows, tables } from '../../../../support/docx-parts.ts';
import { BULLETINS_DIR } from '../../../../support/briefing-fixtures.ts';

const FILES = ['000_2229777bc5f28b07.txt', '002_5fbf075aa49c018d.txt', '003_03e8824eaceeb4ce.txt'].map((name) => join(BULLETINS_DIR, name));

function parsedNotices(file: string): ParsedNotice[] {
  return parseBulletin(readFileSync(file, 'utf8')).notices;
}

async function brief(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  // As electron/node/cli/main.ts runs a command (importing it would run the real argv).
  try {
    const code = await briefCommand.run(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
    return { code, out, err };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    err.push(error.message);
    return { code: 1, out, err };
  }
}

const outDir = mkdtempSync(join(tmpdir(), 'brief-cli-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('cli brief', () => {
  it('puts every notice of every file into the briefing, with the client on the cover', async () => {
    const output = join(outDir, 'all.docx');
    const result = await brief(['--client', '北京绿源科技有限公司', '--date', '2018-12-20', '-o', output, ...FILES]);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    const notices = FILES.flatMap(parsedNotices);
    expect(notices.length).toBeGreaterThan(20);
    expect(result.out.join('\n')).toContain(`${notices.length} 条通知`);

    const docx = await readDocx(readFileSync(output));
    const headings = styledParagraphs(docx.document, 'Heading2');
    expect(headings.map((heading) => heading.replace(/^（[一二三四五六七八九十]+）/, ''))).toEqual(
      // Chapters group by category in first-seen order; within one, file order.
      [...new Set(notices.map((notice) => notice.category))].flatMap((category) => notices.filter((n) => n.category === category).map((n) => n.title)),
    );
    const cover = paragraphTexts(docx.document).slice(0, 8).join('\n');
    expect(cover).toContain('北京绿源科技有限公司');
    expect(cover).toContain('政策简报');
    expect(cover).toContain('（2018年第12期）');
    // The consultant's company defaults to the bulletins' publisher.
    expect(cover).toContain('北京关键要素科技有限公司');
    const summary = tables(docx.document).find((table) => tableRows(table)[0]?.[0] === '序号');
    expect(summary && tableRows(summary).length).toBe(notices.length + 1);
  });

  it('keeps only the notices --select names, by 文号 in any bracket style or by title fragment', async () => {
    const output = join(outDir, 'selected.docx');
    const result = await brief([
      '--client', '山西某公司', '--template', 'compact', '--title', '山西专题简报',
      '--select', '工信部联节[2016]304号，晋金发（2018）7号', '--select', '电子营业执照',
      '-o', output, ...FILES,
    ]);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    const docx = await readDocx(readFileSync(output));
    expect(styledParagraphs(docx.document, 'Heading2').map((heading) => heading.replace(/^（[一二三四五六七八九十]+）/, ''))).toEqual([
      '关于印发《电子营业执照管理办法（试行）》的通知',
      '山西关于做好全省小微企业挂牌“晋兴板”奖励资金申报工作的通知',
      '关于印发《绿色制造标准体系建设指南》的通知',
    ]);
    expect(paragraphTexts(docx.document)).toContain('山西专题简报');
    expect(docx.styles).toContain('w:eastAsia="宋体"');
  });

  it('splits --select values on , and ， and matches 文号 and titles loosely', () => {
    expect(selectFragments(['a,b', ' c ，d', ''])).toEqual(['a', 'b', 'c', 'd']);
    const [notice] = parsedNotices(FILES[1] ?? '');
    if (!notice) throw new Error('no notice');
    expect(noticeMatches(notice, '工信部联节（2016）304 号')).toBe(true);
    expect(noticeMatches(notice, '绿色制造标准')).toBe(true);
    expect(noticeMatches(notice, '工信部联节〔2016〕305号')).toBe(false);
  });

  const failures: [string, string[], RegExp][] = [
    ['no input files', ['--client', 'X', '-o', join(outDir, 'none.docx')], /请给出至少一个快讯文件/],
    ['no client', ['-o', join(outDir, 'none.docx'), ...FILES], /--client/],
    ['a fragment that matches nothing', ['--client', 'X', '--select', '电子营业执照,没有这个通知', '-o', join(outDir, 'none.docx'), ...FILES], /没有匹配到任何通知：没有这个通知/],
    ['an output folder that does not exist', ['--client', 'X', '-o', join(outDir, 'missing', 'none.docx'), ...FILES], /无法写入：.*所在文件夹不存在/],
    ['an output that is not .docx', ['--client', 'X', '-o', join(outDir, 'none.pdf'), ...FILES], /应以 \.docx 结尾/],
    ['a missing input file', ['--client', 'X', '-o', join(outDir, 'none.docx'), join(outDir, 'nope.txt')], /无法读取文件：.*nope\.txt/],
    ['an unknown template', ['--client', 'X', '--template', 'fancy', '-o', join(outDir, 'none.docx'), ...FILES], /--template 只能是 gongwen 或 compact/],
    ['an unknown option', ['--client', 'X', '--colour', 'red', '-o', join(outDir, 'none.docx'), ...FILES], /未知选项：--colour/],
  ];
  for (const [what, args, message] of failures) {
    it(`refuses ${what} with one clear line and writes nothing`, async () => {
      const result = await brief(args);
      expect(result.code).toBe(1);
      expect(result.err.join('\n')).toMatch(message);
      expect(existsSync(join(outDir, 'none.docx'))).toBe(false);
      expect(existsSync(join(outDir, 'none.pdf'))).toBe(false);
    });
  }
});

describe('key points from parsed notices', () => {
  const notices = FILES.flatMap(parsedNotices);
  const points = (title: string) => {
    const notice = notices.find((n) => n.title === title);
    if (!notice) throw new Error(`no notice ${title}`);
    return keyPoints({ notice, note: '', relevance: 'medium', excerpt: null }, BRIEFING_TEMPLATES.gongwen.points).points.map((point) => point.text);
  };

  it('skip an addressee line even when it lists units with ，, and an opening that only announces what follows', () => {
    // 为深入贯彻……，现提出如下措施： announces; the first measure says something (its 一、 dropped).
    expect(points('关于知识产权服务民营企业创新发展若干措施的通知')[0]).toMatch(/^依法严格保护民营企业知识产权。/);
  });

  it('stop at the signature block', () => {
    const opening = points('关于印发《电子营业执照管理办法（试行）》的通知');
    expect(opening[0]).toMatch(/^为加强和规范电子营业执照管理/);
    expect(opening).not.toContain('市场监管总局');
    expect(opening.some((point) => /^\d{4}\s*年/.test(point))).toBe(false);
  });

  it('leave out section headings, the 附件 line and a signature of several agencies on one line', () => {
    const opinion = points('关于进一步深化生态环境监管服务推动经济高质量发展的意见');
    expect(opinion[0]).toMatch(/^为深入贯彻/);
    expect(opinion.some((point) => /^一、|^（一）/.test(point))).toBe(false);
    const ningxia = points('关于印发《宁夏回族自治区工业绿色发展行动方案（2019-2022年）》的通知');
    expect(ningxia[0]).toMatch(/^现将《宁夏回族自治区工业绿色发展行动方案/);
    expect(ningxia.some((point) => point.startsWith('附件'))).toBe(false);
    expect(ningxia.some((point) => point.replace(/\s/g, '') === '自治区工业和信息化厅自治区生态环境厅')).toBe(false);
  });
});
