// The packed .docx, unzipped: every notice is in it, the summary table has one row
// per notice, 相关链接 are real external hyperlinks, the footer counts pages with
// PAGE/NUMPAGES, the TOC is a field Word refreshes on open, and Chinese text is set
// in East Asian fonts with the zh-CN language — for both templates.
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCX_MIME, packBriefing } from '../../../shared/briefing/index.ts';
import { RELEVANCE_WORD } from '../../../shared/briefing/content.ts';
import { packBriefingBlob } from '../../../renderer/data/briefing/briefing-blob.ts';
import { COMPACT_TEMPLATE, GONGWEN_TEMPLATE, type BriefingTemplate } from '../../../shared/briefing/templates.ts';
import { mmToTwips, textWidthTwips } from '../../../shared/briefing/measures.ts';
import { shortUrl } from '../../../shared/briefing/fit.ts';
import { decodeXml, paragraphTexts, readDocx, styledParagraphs, styleXml, tableRows, tables, type DocxParts } from '../../support/docx-parts.ts';
import { allLabelledNotices, sampleBriefing } from '../../support/briefing-fixtures.ts';

const notices = allLabelledNotices();

for (const template of [GONGWEN_TEMPLATE, COMPACT_TEMPLATE] satisfies BriefingTemplate[]) {
  describe(`${template.label} (${template.id}) document.xml`, () => {
    const briefing = sampleBriefing(notices, template.id);
    let docx: DocxParts;
    let paragraphs: string[];

    beforeAll(async () => {
      docx = await readDocx(await packBriefing(briefing));
      paragraphs = paragraphTexts(docx.document);
    });

    it('has the cover: title, client, consultant company and date', () => {
      const cover = paragraphs.slice(0, 8).join('\n');
      expect(cover).toContain('政策简报');
      expect(cover).toContain('（2018年第12期）');
      expect(cover).toContain('北京绿源科技有限公司');
      expect(cover).toContain('北京关键要素科技有限公司');
      expect(cover).toContain('2018年12月20日');
    });

    it('has every notice title as a heading, once per notice', () => {
      const headings = styledParagraphs(docx.document, 'Heading2');
      expect(headings).toHaveLength(notices.length);
      for (const [i, notice] of notices.entries()) {
        expect(headings.filter((text) => /^（[一二三四五六七八九十]+）/.test(text) && text.endsWith(notice.title)), `notice ${i}: ${notice.title}`).toHaveLength(1);
      }
    });

    const cover = template.front === 'cover';

    it(cover ? 'has one chapter heading per category after the overview and 近期截止' : 'starts the chapters after the masthead, one per category', () => {
      const chapters = ['政策文件', '项目申报', '绿色制造', '中小服务平台'];
      const front = cover ? ['本期概览', '近期截止'] : [];
      expect(styledParagraphs(docx.document, 'Heading1')).toEqual([...front, ...chapters].map((name, i) => `${['一', '二', '三', '四', '五', '六'][i]}、${name}`));
    });

    if (!cover) it('has a masthead instead of a cover and no table of contents: 专送, the consultant, 报告期 and the count', () => {
      expect(paragraphs[0]).toBe(briefing.title);
      expect(paragraphs[1]).toBe('专送：北京绿源科技有限公司 · 北京市海淀区 · 节能环保报告期：2018年9月1日至2018年12月20日');
      expect(paragraphs[2]).toMatch(/^北京关键要素科技有限公司.*2018年12月20日$/);
      expect(paragraphs[3]).toMatch(/^本期共收录政策通知\d+条/);
      expect(docx.document).not.toContain('TOC \\h');
      expect(tables(docx.document).some((table) => tableRows(table)[0]?.[0] === '序号')).toBe(false);
      // Page one carries the masthead, not the running header, and is numbered like the rest.
      const first = /<w:footerReference w:type="first" r:id="([^"]+)"/.exec(docx.document);
      expect(first).not.toBeNull();
    });

    if (cover) it('has the summary table: the seven columns and one row per notice', () => {
      const summary = tables(docx.document).find((table) => tableRows(table)[0]?.[0] === '序号');
      if (!summary) throw new Error('no summary table');
      const rows = tableRows(summary);
      expect(rows[0]).toEqual(['序号', '标题', '文号', '发文机关', '日期', '截止日期', '相关度']);
      expect(rows.slice(1).map((row) => row[1])).toEqual(notices.map((notice) => notice.title));
      expect(rows.slice(1).map((row) => row[6])).toEqual(briefing.items.map((item) => RELEVANCE_WORD[item.relevance]));
      const first = rows[1];
      expect(first).toEqual(['1', notices[0]?.title, '国市监注（2018）249号', '市场监管总局', '2018-12-17', '—', '高']);
      // The heading row repeats on every page the table runs onto.
      expect(summary).toMatch(/<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>/);
    });

    if (cover) it('lists 近期截止 with the days left from the briefing date', () => {
      const deadlines = tables(docx.document).find((table) => tableRows(table)[0]?.[1] === '剩余天数');
      if (!deadlines) throw new Error('no deadline table');
      expect(tableRows(deadlines).slice(1)).toEqual([['2019-01-08', '19 天', notices.find((n) => n.deadline === '2019-01-08')?.title, '中']]);
    });

    it('keeps every table inside the text width (fixed layout, DXA grid summing to it)', () => {
      const width = textWidthTwips(template);
      for (const table of tables(docx.document)) {
        expect(table).toContain('<w:tblLayout w:type="fixed"/>');
        expect(table).toContain(`<w:tblW w:type="dxa" w:w="${width}"/>`);
        const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
        expect(grid.reduce((sum, col) => sum + col, 0)).toBe(width);
      }
    });

    it('links every 相关链接 to its URL as an external hyperlink', () => {
      const targets = new Map(
        [...docx.documentRels.matchAll(/<Relationship Id="([^"]+)" Type="[^"]*\/hyperlink" Target="([^"]+)" TargetMode="External"\/>/g)].map((m) => [m[1], decodeXml(m[2] ?? '')]),
      );
      const linked = [...docx.document.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)].map((m) => ({
        target: targets.get(m[1] ?? ''),
        text: paragraphTexts(`<w:p>${m[2]}</w:p>`)[0],
      }));
      for (const notice of notices) {
        if (!notice.url) continue;
        // 简洁 prints a long link shortened (host/…/last part); it still opens the whole URL.
        expect(linked).toContainEqual({ target: notice.url, text: cover ? notice.url : shortUrl(notice.url) });
      }
      expect(linked.length).toBeGreaterThanOrEqual(notices.filter((notice) => notice.url).length);
    });

    it('puts the consultant note and the key points under each notice', () => {
      // 公文 labels the note on a line of its own; 简洁 runs the label into the note.
      const noted = (note: string) => (cover ? note : `顾问点评：${note}`);
      for (const item of briefing.items.filter((entry) => entry.note)) expect(paragraphs).toContain(noted(item.note));
      expect(paragraphs.filter((text) => (cover ? text === '顾问点评' : text.startsWith('顾问点评：')))).toHaveLength(briefing.items.filter((entry) => entry.note).length);
      // The consultant's own 要点, line by line, and the points found in the notice, labelled.
      expect(paragraphs).toContain('支持民营企业知识产权质押融资。');
      expect(paragraphs).toContain('申报条件：2018年10月16日起，在我省行政区域内注册，并在山西股权交易中心“晋兴板”挂牌的小微企业');
      expect(paragraphs.find((text) => text.startsWith('联系方式：胡志霞（山西省地方金融监督管理局）\u3000电话：0351-6819959'))).toBeDefined();
      if (cover) expect(paragraphs).toContain('1. 山西省小微企业挂牌“晋兴板”奖励资金申请报告.docx');
      else expect(paragraphs.find((text) => text.startsWith('附件（2）：山西省小微企业挂牌“晋兴板”奖励资金申请报告.docx；'))).toMatch(/……$/);
      // Never the addressee line.
      expect(paragraphs.some((text) => /^(内容摘要：)?各(省|有关|市)/.test(text))).toBe(false);
    });

    if (cover) it('has a TOC field over heading levels 1-2 that Word updates on open', () => {
      expect(docx.document).toMatch(/<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
      expect(docx.document).toContain('<w:docPartGallery w:val="Table of Contents"/>');
      expect(docx.settings).toContain('<w:updateFields/>');
    });

    it('has the company in the running header and 第 PAGE 页 共 NUMPAGES 页 in the footer; a cover has neither', () => {
      const header = docx.headers.find((xml) => xml.includes('北京关键要素科技有限公司'));
      expect(header && paragraphTexts(header)).toEqual([`北京关键要素科技有限公司${briefing.title}`]);
      expect(header).toMatch(/北京关键要素科技有限公司<\/w:t><\/w:r><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:tab\/>/);
      const footer = docx.footers.find((xml) => xml.includes('PAGE'));
      if (!footer) throw new Error('no page footer');
      expect(footer.replace(/<\/?w:r>|<w:rPr>[\s\S]*?<\/w:rPr>/g, '')).toMatch(
        /第 <\/w:t>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*> 页 共 <\/w:t>[\s\S]*<w:instrText xml:space="preserve">NUMPAGES<\/w:instrText>[\s\S]*> 页<\/w:t>/,
      );
      expect(docx.document).toContain('<w:titlePg/>');
      expect(docx.document).toMatch(/<w:headerReference w:type="first"/);
    });

    it('sets East Asian fonts and the zh-CN language in the defaults and the styles', () => {
      const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(docx.styles)?.[0] ?? '';
      expect(defaults).toContain(`w:eastAsia="${template.cjk.body}"`);
      expect(defaults).toContain(`w:ascii="${template.latin.body}"`);
      expect(defaults).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
      expect(styleXml(docx.styles, 'Heading1')).toContain(`w:eastAsia="${template.cjk.heading}"`);
      expect(styleXml(docx.styles, 'Heading1')).toContain('w:eastAsia="zh-CN"');
      expect(styleXml(docx.styles, 'Heading2')).toContain(`w:eastAsia="${template.cjk.subheading}"`);
      expect(styleXml(docx.styles, 'BriefCoverTitle')).toContain(`w:eastAsia="${template.cjk.title}"`);
      expect(styleXml(docx.styles, 'BriefPointLabel')).toContain(`w:eastAsia="${template.cjk.label}"`);
      expect(styleXml(docx.styles, 'BriefNote')).toContain(`w:eastAsia="${template.cjk.note}"`);
      // Every font a run sets names its East Asian face too.
      for (const fonts of docx.styles.match(/<w:rFonts [^>]*\/>/g) ?? []) expect(fonts).toMatch(/w:eastAsia="[^"]+"/);
    });

    it(`lays out A4 with the ${template.label} margins and body size`, () => {
      const m = template.marginsMm;
      expect(docx.document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
      expect(docx.document).toContain(`<w:pgMar w:top="${mmToTwips(m.top)}" w:right="${mmToTwips(m.right)}" w:bottom="${mmToTwips(m.bottom)}" w:left="${mmToTwips(m.left)}"`);
      const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(docx.styles)?.[0] ?? '';
      expect(defaults).toContain(`<w:sz w:val="${template.sizePt.body * 2}"/>`);
    });
  });
}

describe('several deadlines, and validity only where known', () => {
  // The applicant's 2019-01-08 and the district's 2019-01-10 (the briefing is dated 2018-12-20).
  const [first, second, third] = notices;
  if (!first || !second || !third) throw new Error('too few labelled notices');
  const twoLevels = {
    ...first,
    deadline: '2019-01-08',
    deadlines: [
      { date: '2019-01-10', party: 'authority' as const, evidence: '' },
      { date: '2019-01-08', party: 'applicant' as const, evidence: '' },
    ],
  };
  const briefingOf = (template: 'gongwen' | 'compact') => {
    const base = sampleBriefing([twoLevels, second, third], template);
    const [a, b, c] = base.items;
    if (!a || !b || !c) throw new Error('three items expected');
    return {
      ...base,
      items: [
        // As the app words them (codeWords.briefingValidity): unknown is null.
        { ...a, validity: null },
        { ...b, validity: '现行有效' },
        { ...c, validity: '已废止（已被《乙办法》废止）' },
      ],
    };
  };

  it('公文风格: the meta line, the overview and 近期截止 carry both, the applicant\'s first, each saying whose', async () => {
    const docx = await readDocx(await packBriefing(briefingOf('gongwen')));
    const meta = styledParagraphs(docx.document, 'BriefMeta');
    expect(meta).toContain('相关度：高\u3000申报截止：2019年1月8日（申报单位，还剩19天）；2019年1月10日（主管部门推荐）');
    const summary = tables(docx.document).find((table) => tableRows(table)[0]?.[0] === '序号');
    expect(summary && tableRows(summary)[1]?.[5]).toBe('2019-01-08\n申报单位\n2019-01-10\n主管部门推荐');
    const upcoming = tables(docx.document).find((table) => tableRows(table)[0]?.[1] === '剩余天数');
    expect(upcoming && tableRows(upcoming).slice(1)).toEqual([
      ['2019-01-08\n申报单位', '19 天', twoLevels.title, '高'],
      ['2019-01-10\n主管部门推荐', '21 天', twoLevels.title, '高'],
    ]);
    const paragraphs = paragraphTexts(docx.document);
    expect(paragraphs).toContain('以下1项申报的2个截止日期在2018年12月20日之后，按截止先后排列，剩余天数自简报日期起算：');
    // One notice with a deadline ahead, however many dates it has.
    expect(paragraphs.find((text) => text.startsWith('本期共收录政策通知'))).toContain('尚未截止的申报事项1项');
  });

  it('简洁: both on the notice\'s one meta line, the year of the briefing left out', async () => {
    const docx = await readDocx(await packBriefing(briefingOf('compact')));
    const meta = styledParagraphs(docx.document, 'BriefMeta');
    expect(meta.find((text) => text.startsWith(twoLevels.docNumber ?? '—'))).toMatch(/相关度：高\u3000截止：2019年1月8日（申报单位）；2019年1月10日（主管部门推荐）$/);
  });

  for (const template of ['gongwen', 'compact'] as const) {
    it(`${template}: prints 时效 where it is known, and nothing where it is not`, async () => {
      const text = paragraphTexts((await readDocx(await packBriefing(briefingOf(template)))).document).join('\n');
      expect(text).not.toContain('时效未载明');
      expect(text).not.toContain('未知');
      expect(text).toContain('现行有效');
      expect(text).toContain('已废止（已被《乙办法》废止）');
    });
  }
});

describe('packing', () => {
  it('gives the renderer a .docx Blob with the Word MIME type', async () => {
    const blob = await packBriefingBlob(sampleBriefing(notices.slice(0, 2), 'compact'));
    expect(blob.type).toBe(DOCX_MIME);
    const docx = await readDocx(new Uint8Array(await blob.arrayBuffer()));
    expect(styledParagraphs(docx.document, 'Heading2')).toEqual(notices.slice(0, 2).map((notice, i) => `（${['一', '二'][i]}）${notice.title}`));
  });

  it('writes every header and footer part with a paragraph (Word rejects an empty one)', async () => {
    const docx = await readDocx(await packBriefing(sampleBriefing(notices.slice(0, 1), 'gongwen')));
    expect(docx.headers).toHaveLength(2);
    expect(docx.footers).toHaveLength(2);
    for (const part of [...docx.headers, ...docx.footers]) expect(part).toMatch(/<w:p>|<w:p /);
  });
});

describe('templates', () => {
  it('make 公文风格 GB/T 9704-like and 简洁 denser', () => {
    expect(GONGWEN_TEMPLATE.sizePt.body).toBe(16);
    expect(GONGWEN_TEMPLATE.cjk).toMatchObject({ body: '仿宋', heading: '黑体' });
    expect(GONGWEN_TEMPLATE.marginsMm).toMatchObject({ top: 37, bottom: 35, left: 28, right: 26 });
    expect(COMPACT_TEMPLATE.sizePt.body).toBeLessThan(GONGWEN_TEMPLATE.sizePt.body);
    expect(textWidthTwips(COMPACT_TEMPLATE)).toBeGreaterThan(textWidthTwips(GONGWEN_TEMPLATE));
  });
});
