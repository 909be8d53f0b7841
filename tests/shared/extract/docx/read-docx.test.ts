// .docx through mammoth: the layout the parser reads (headings as `#` lines, one
// paragraph a line, blank lines as the document spaces them), links with their URLs,
// tables as tab-separated rows. On real documents made at test time, and on mammoth
// HTML for the shapes the documents here do not have.
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { createNodeExtractEnv } from '../../../../electron/node/cli/extract-env.ts';
import { htmlToText } from '../../../../shared/extract/docx/html-text.ts';
import { extractText } from '../../../../shared/extract/index.ts';
import { bulletinAs, bulletinText, wordStyleBulletin } from '../../../support/fixtures.ts';

const env = createNodeExtractEnv();
const nonEmptyLines = (text: string) => text.split('\n').map((line) => line.trimEnd()).filter((line) => line.trim() !== '');

describe('real .docx files', () => {
  it('LibreOffice’s .docx of a .txt (one paragraph a line) gives back the lines of the .txt', async () => {
    const id = '002_5fbf075aa49c018d';
    const result = await extractText({ name: `${id}.docx`, bytes: await bulletinAs(id, 'docx') }, env);
    expect(result.format).toBe('docx');
    expect(nonEmptyLines(result.text)).toEqual(nonEmptyLines(bulletinText(id)));
    // Its empty paragraphs are its blank lines: paragraphs that follow each other stay on consecutive lines.
    expect(result.text).toContain('工业和信息化部 国家标准化管理委员会\n2016年9月7日');
  });

  it('a Word-style .docx keeps its headings as # lines and sets paragraphs apart with blank lines', async () => {
    const id = '000_2229777bc5f28b07';
    const result = await extractText({ name: `${id}.docx`, bytes: await wordStyleBulletin(id) }, env);
    expect(result.text.startsWith('# 北京关键要素科技有限公司\n\n## 快 讯\n\n(2018) 1202 期\n\n### 目 录')).toBe(true);
    expect(result.text).toContain('\n\n# 关于印发《电子营业执照管理办法（试行）》 的通知\n\n国市监注（2018）249号\n\n');
    expect(result.warnings).toEqual([]);
  });

  it('keeps the URL of a link whose text does not show it, and reads a table row by row', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('关于开展绿色制造名单推荐工作的通知')] }),
            new Paragraph({
              children: [new TextRun('相关链接：'), new ExternalHyperlink({ link: 'http://www.miit.gov.cn/n1146285/c5269475/content.html', children: [new TextRun('点击查看原文')] })],
            }),
            new Table({
              rows: [
                new TableRow({ children: ['序号', '单位名称', '联系电话'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
                new TableRow({ children: ['1', '北京某某科技有限公司', '010-62227852'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
              ],
            }),
          ],
        },
      ],
    });
    const result = await extractText({ name: 'links.docx', bytes: new Uint8Array(await Packer.toBuffer(document)) }, env);
    expect(result.text.split('\n')).toEqual([
      '# 关于开展绿色制造名单推荐工作的通知',
      '',
      '相关链接：[点击查看原文](http://www.miit.gov.cn/n1146285/c5269475/content.html)',
      '',
      '序号\t单位名称\t联系电话',
      '1\t北京某某科技有限公司\t010-62227852',
    ]);
  });
});

describe('htmlToText (mammoth HTML)', () => {
  it('numbers ordered list items (mammoth drops Word’s labels) and keeps items on consecutive lines', () => {
    const html = '<p>附件：</p><ol><li>申报书</li><li>汇总表<ul><li>电子版</li></ul></li></ol><p>完</p>';
    expect(htmlToText(html)).toBe('附件：\n\n1. 申报书\n2. 汇总表\n电子版\n\n完');
  });

  it('decodes entities and keeps line breaks inside a paragraph', () => {
    expect(htmlToText('<p>A &amp; B &lt;b&gt; &#x4e00;&#20108;<br />第二行</p>')).toBe('A & B <b> 一二\n第二行');
  });

  it('does not repeat a URL a link already shows, and drops footnote back-links', () => {
    const html = '<p><a href="http://a.gov.cn/x.html">http://a.gov.cn/x.html</a> 见注<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p>'
      + '<ol><li id="footnote-1"><p>注释 <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToText(html)).toBe('http://a.gov.cn/x.html 见注[1]\n\n1. 注释');
  });

  it('keeps a document’s own empty paragraphs as its blank lines', () => {
    expect(htmlToText('<p>一</p><p></p><p>二</p><p>三</p><p></p>')).toBe('一\n\n二\n三');
  });
});
