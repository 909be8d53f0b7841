// Chinese in a font the PDF does not embed, under a predefined CMap (UniGB-UCS2-H), is
// common in government PDFs. pdf.js reads it only with the cMaps pdfjs-dist ships; the
// Node env hands them over from node_modules. (The browser side is in tests/e2e.)
import { describe, expect, it } from 'vitest';
import { createNodeExtractEnv } from '../../../../electron/node/cli/extract-env.ts';
import { extractText } from '../../../../shared/extract/index.ts';
import { predefinedCMapPdf } from '../../../support/fixtures.ts';

const lines = ['关于印发《绿色制造标准体系建设指南》的通知', '工信部联节〔2016〕304号'];

describe('PDF text under a predefined CJK CMap', () => {
  it('is read through the cMaps shipped in pdfjs-dist', async () => {
    const result = await extractText({ name: 'cmap.pdf', bytes: predefinedCMapPdf(lines) }, createNodeExtractEnv());
    expect(result.text).toBe(['Policy Brief Desk 2019', ...lines].join('\n'));
    expect(result.pages).toBe(1);
  });

  it('is lost without them (so the test above proves they are used)', async () => {
    const env = { ...createNodeExtractEnv(), cMapUrl: '/nonexistent/cmaps/' };
    const result = await extractText({ name: 'cmap.pdf', bytes: predefinedCMapPdf(lines) }, env);
    expect(result.text).not.toContain('绿色制造');
  });
});
