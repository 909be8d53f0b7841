// @vitest-environment-options { "settings": { "disableCSSFileLoading": true, "disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true } }
// The reader on real notices: one the parser kept while unsure of its date and agencies
// (需核对, named in a banner, checked and cleared by 更正), every deadline of a notice
// with whose it is, and 原文 beside the fields (the text it was read from; a saved page
// also as it looked, sandboxed; a sentence when the file was imported before originals
// were kept). (The first line tells happy-dom not to fetch what a parsed page names.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshLibrary, notice } from '../../../support/library-fixture.ts';
import { bulletinFile } from '../../../support/library-helpers.ts';
import { SHARED_DIR } from '../../../support/shared-inputs.ts';
import { storeBulletin, type BulletinToStore, type LibraryDb } from '../../../../renderer/data/library/index.ts';
import type { NoticeId } from '../../../../shared/model/ids.ts';
import { ReaderScreen } from '../../../../renderer/features/reader/ReaderScreen.tsx';
import { NoticeDeadlines } from '../../../../renderer/features/reader/NoticeDeadlines.tsx';
import { PAGE_CSP } from '../../../../renderer/features/reader/page-srcdoc.ts';
import { LibraryProvider } from '../../../../renderer/core/library-context.tsx';
import { useNavigation } from '../../../../renderer/core/navigation.ts';
import { parseDocument } from '../../../../shared/parse/index.ts';
import { readHtmlText } from '../../../../shared/extract/html/read-html.ts';
import { click, getButton, queryButton, render, typeInto, waitFor, type Rendered } from '../../../support/dom.tsx';

const real = (name: string): string => readFileSync(path.join(SHARED_DIR, 'real-notices', name), 'utf8');
const LIAONING = real('a-liaoning-tese-jiqun-2025.txt');
const LIAONING_TITLE = '关于组织推荐2025年度辽宁省中小企业特色产业集群的通知';
const DALIAN = real('a-dalian-changxingdao-lvse-2019.html');
const DALIAN_TITLE = '关于组织申报第四批省级绿色工厂等示范名单的通知';

let db: LibraryDb;
let view: Rendered | null = null;

async function store(file: BulletinToStore): Promise<NoticeId> {
  const outcome = await storeBulletin(db, file);
  if (outcome.status !== 'added') throw new Error(`${file.fileName} was not added`);
  return outcome.bulletin.noticeIds[0] ?? '';
}

async function read(id: NoticeId, title: string): Promise<HTMLElement> {
  useNavigation.setState({ screen: 'library', readerStack: [id] });
  view = await render(
    <LibraryProvider db={db}>
      <ReaderScreen id={id} />
    </LibraryProvider>,
  );
  const { container } = view;
  await waitFor(() => expect(container.querySelector('h1')?.textContent).toBe(title));
  return container;
}

const liaoning = () => store({ ...bulletinFile('liaoning.txt', parseDocument(LIAONING).notices), kind: 'notice', original: { text: LIAONING, html: null } });

beforeEach(async () => {
  db = await freshLibrary();
});

afterEach(async () => {
  await view?.unmount();
  view = null;
  db.close();
});

describe('需核对', () => {
  it('names the fields to check, marks them in 更正, and goes once the correction is saved', async () => {
    const id = await liaoning();
    const page = await read(id, LIAONING_TITLE);
    const banner = page.querySelector('[role="region"][aria-label="需核对"]');
    expect(banner?.textContent).toContain('导入时没能确定发文机关、成文日期');
    expect([...page.querySelectorAll('.meta-row.to-check dt')].map((dt) => dt.textContent)).toEqual(['发文机关需核对', '成文日期需核对']);
    // The title was found (not by fallback): not marked.
    expect(page.querySelector('.reader-check')).toBeNull();

    await click(getButton(banner as HTMLElement, '核对并更正'));
    const dialog = page.querySelector('dialog');
    if (!dialog) throw new Error('no 更正 dialog');
    const marked = [...dialog.querySelectorAll('.notice-field-check')].map((mark) => mark.closest('label')?.textContent?.replace('需核对', ''));
    expect(marked).toEqual(['发文机关', '成文日期']);
    const date = [...dialog.querySelectorAll('input')].find((input) => input.name === 'date');
    if (!date) throw new Error('no date field');
    await typeInto(date, '2025-03-20');
    await click(getButton(dialog, '保存'));
    await waitFor(() => expect(page.querySelector('dialog')).toBeNull());
    await waitFor(() => expect(page.querySelector('.review-banner')).toBeNull());
    expect(page.querySelectorAll('.meta-row.to-check')).toHaveLength(0);
    const stored = await db.notices.get(id);
    expect(stored?.review).toBeUndefined();
    expect(stored?.date).toBe('2025-03-20');
  });

  it('opens the original from the banner', async () => {
    const page = await read(await liaoning(), LIAONING_TITLE);
    await click(getButton(page, '对照原文'));
    await waitFor(() => expect(page.querySelector('.original-text')).not.toBeNull());
    expect(getButton(page, '原文').getAttribute('aria-pressed')).toBe('true');
    expect(queryButton(page, '对照原文')).toBeNull();
  });

  it('marks a title found by fallback under the title itself', async () => {
    const id = await store({ ...bulletinFile('fallback.txt', [notice({ title: DALIAN_TITLE, agencies: ['大连长兴岛经济区经济发展局'], date: '2019-08-08', review: ['title'] })]), kind: 'notice' });
    const page = await read(id, DALIAN_TITLE);
    expect(page.querySelector('.review-banner')?.textContent).toContain('导入时没能确定标题');
    expect(page.querySelector('.reader-check')?.textContent).toBe('需核对');
    expect(page.querySelectorAll('.meta-row.to-check')).toHaveLength(0);
  });

  it('is not shown for a notice the parser was sure of', async () => {
    const id = await store(bulletinFile('sure.txt', [notice({ title: DALIAN_TITLE, agencies: ['大连长兴岛经济区经济发展局'], date: '2019-08-08' })]));
    const page = await read(id, DALIAN_TITLE);
    expect(page.querySelector('.review-banner')).toBeNull();
    expect(page.querySelectorAll('.meta-row.to-check')).toHaveLength(0);
  });
});

describe('deadlines', () => {
  it('lists every one: the applicant’s next first, whose each is, the passed ones last and marked 已截止', async () => {
    view = await render(
      <NoticeDeadlines
        today="2025-04-01"
        deadlines={[
          { date: '2025-04-14', party: 'authority', evidence: '市级中小企业主管部门于2025年4月14日前……' },
          { date: '2025-03-10', party: 'applicant', evidence: '第一批于3月10日前' },
          { date: '2025-06-30', party: 'applicant', evidence: '第二批于6月30日前' },
          { date: '2025-04-08', party: 'applicant', evidence: '申报单位于4月8日前' },
        ]}
      />,
    );
    const items = [...view.container.querySelectorAll('li')];
    expect(items.map((li) => [li.querySelector('.meta-deadline-date')?.textContent, li.querySelector('.meta-deadline-party')?.textContent, li.querySelector('.meta-deadline-state')?.textContent])).toEqual([
      ['2025-04-08', '申报单位', '还剩 7 天'],
      ['2025-06-30', '申报单位', '还剩 90 天'],
      ['2025-04-14', '主管部门推荐', '还剩 13 天'],
      ['2025-03-10', '申报单位', '已截止'],
    ]);
    expect(items.map((li) => li.classList.contains('passed'))).toEqual([false, false, false, true]);
    expect(items[2]?.getAttribute('title')).toBe('市级中小企业主管部门于2025年4月14日前……');
  });

  it('says when a notice has none', async () => {
    view = await render(<NoticeDeadlines today="2025-04-01" deadlines={[]} />);
    expect(view.container.textContent).toBe('无截止日期');
  });

  it('shows a real notice’s deadline in the reader with whose it is', async () => {
    const page = await read(await liaoning(), LIAONING_TITLE);
    const list = page.querySelector('[aria-label="全部申报截止日期"]');
    expect(list?.querySelector('.meta-deadline-date')?.textContent).toBe('2025-04-14');
    expect(list?.querySelector('.meta-deadline-party')?.textContent).toBe('主管部门推荐');
    expect(list?.querySelector('li')?.getAttribute('title')).toContain('市级中小企业主管部门于2025年4月14日前');
  });
});

describe('原文', () => {
  it('shows the text the notice was read from in place of the body, its title marked, and back', async () => {
    const page = await read(await liaoning(), LIAONING_TITLE);
    const toggle = getButton(page, '原文');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await click(toggle);
    await waitFor(() => expect(page.querySelector('.original-text')).not.toBeNull());
    const original = page.querySelector('section[aria-label="原文"]');
    expect(original?.querySelector('.original-text')?.textContent).toBe(LIAONING);
    expect(original?.querySelector('mark')?.textContent).toBe(LIAONING_TITLE);
    expect(original?.textContent).toContain('来自：单篇通知：liaoning');
    expect(page.querySelector('section[aria-label="正文"]')).toBeNull();
    // A text file has no page to show as it looked.
    expect(queryButton(page, '网页原样')).toBeNull();

    await click(getButton(page, '原文'));
    expect(page.querySelector('section[aria-label="原文"]')).toBeNull();
    expect(page.querySelector('section[aria-label="正文"]')).not.toBeNull();
  });

  it('shows a saved web page as it looked, sandboxed, with nothing to run or load', async () => {
    const { text } = readHtmlText(DALIAN);
    const parsed = parseDocument(text);
    const id = await store({ ...bulletinFile('dalian.html', parsed.notices), kind: 'notice', format: 'html', original: { text, html: DALIAN } });
    const page = await read(id, DALIAN_TITLE);
    await click(getButton(page, '原文'));
    await waitFor(() => expect(getButton(page, '读取的文字').getAttribute('aria-pressed')).toBe('true'));
    expect(page.querySelector('.original-text')?.textContent).toContain('并于8月14日前将加盖公章的纸质申报材料');

    await click(getButton(page, '网页原样'));
    const frame = page.querySelector('iframe');
    if (!frame) throw new Error('no frame');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('title')).toBe('网页原样：单篇通知：dalian');
    const srcdoc = frame.getAttribute('srcdoc') ?? '';
    expect(srcdoc).toContain(PAGE_CSP);
    expect(srcdoc).toContain('<h1 class="title">关于组织申报第四批省级绿色工厂等示范名单的通知</h1>');
    expect(srcdoc).not.toMatch(/<script|<link|jquery|common\.css/u);
    expect(page.querySelector('.original-text')).toBeNull();
  });

  it('says so when the file was imported before the app kept originals', async () => {
    const id = await store(bulletinFile('old.txt', [notice({ title: DALIAN_TITLE, date: '2019-08-08' })]));
    const page = await read(id, DALIAN_TITLE);
    await click(getButton(page, '原文'));
    await waitFor(() => expect(page.querySelector('.original-none')?.textContent).toBe('这条通知的来源文件是在本应用开始保存原文之前导入的，所以没有可以显示的原文。'));
  });
});
