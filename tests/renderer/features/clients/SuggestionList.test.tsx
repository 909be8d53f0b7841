import '../../../support/browser-globals.ts';
// 推荐 on a client's page, over the real matching: the suggestions best first with their
// reasons, 采纳 tags with the reasons beside an empty note (the 点评 is the consultant's), 忽略 sets aside and can be undone,
// opening one asks the reader to mark the evidence.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createClient, dismissalsOfClient, tagsOfClient, type LibraryDb } from '../../../../renderer/data/library/index.ts';
import type { Client } from '../../../../shared/model/library.ts';
import { EMPTY_CLIENT } from '../../../../renderer/core/client-form.ts';
import { SuggestionList } from '../../../../renderer/features/clients/SuggestionList.tsx';
import { LibraryProvider } from '../../../../renderer/core/library-context.tsx';
import { MatcherProvider } from '../../../../renderer/core/matcher-context.tsx';
import { useNavigation } from '../../../../renderer/core/navigation.ts';
import { bulletinNotices } from '../../../support/bulletin-docs.ts';
import { click, getButton, render, waitFor, type Rendered } from '../../../support/dom.tsx';
import { addBulletin, freshLibrary } from '../../../support/library-fixture.ts';
import { inThreadMatcher } from '../../../support/matcher.ts';

let view: Rendered;
let db: LibraryDb;
let client: Client;
let matcher: ReturnType<typeof inThreadMatcher>;

beforeEach(async () => {
  db = await freshLibrary();
  await addBulletin(db, '000.txt', null, bulletinNotices());
  client = await createClient(db, { ...EMPTY_CLIENT, name: '北京绿源科技有限公司', region: { province: '北京', city: '', district: '' }, industry: '节能环保', qualifications: ['高新技术企业'] });
  matcher = inThreadMatcher(db, '2018-12-01');
  view = await render(
    <LibraryProvider db={db}>
      <MatcherProvider matcher={matcher}>
        <SuggestionList client={client} />
      </MatcherProvider>
    </LibraryProvider>,
  );
});

afterEach(async () => {
  await view.unmount();
  matcher.dispose();
  db.close();
});

const titles = () => [...view.container.querySelectorAll('.suggestion-title')].map((b) => b.textContent);

it('lists the suggestions best first, each with its reasons and their sentences', async () => {
  await waitFor(() => expect(titles()).toHaveLength(3));
  expect(titles()).toEqual(['北京市关于进一步加强绿色政府采购有关事项的通知', '关于进一步深化生态环境监管服务推动经济高质量发展的意见', '关于印发《绿色制造标准体系建设指南》的通知']);
  expect(view.container.querySelector('.client-section-title')?.textContent).toBe('推荐（3）');
  const first = view.container.querySelector('[data-testid="suggestion"]');
  expect([...(first?.querySelectorAll('.chip.reason') ?? [])].map((c) => c.textContent)).toEqual(['地区：北京市', '行业：节能环保']);
  expect(first?.querySelector('.chip.reason')?.getAttribute('title')).toBe('依据：北京市关于进一步加强绿色政府采购有关事项的通知');
  expect(view.container.textContent).not.toContain('山西');
});

it('采纳 tags the notice with its reasons and an empty note; 忽略 sets it aside until undone', async () => {
  await waitFor(() => expect(titles()).toHaveLength(3));
  await click(getButton(view.container, '采纳：北京市关于进一步加强绿色政府采购有关事项的通知'));
  await waitFor(() => expect(titles()).toHaveLength(2));
  expect(await tagsOfClient(db, client.id)).toMatchObject([{ note: '', reasons: ['地区：北京市', '行业：节能环保'], relevance: 'medium' }]);

  await click(getButton(view.container, '忽略：关于印发《绿色制造标准体系建设指南》的通知'));
  await waitFor(() => expect(titles()).toEqual(['关于进一步深化生态环境监管服务推动经济高质量发展的意见']));
  expect(await dismissalsOfClient(db, client.id)).toHaveLength(1);
  await click(getButton(view.container, '已忽略 1 条'));
  await click(getButton(view.container, '撤销忽略'));
  await waitFor(() => expect(titles()).toHaveLength(2));
  expect(await dismissalsOfClient(db, client.id)).toEqual([]);
});

it('opening a suggestion asks the reader to mark the paragraphs its reasons came from', async () => {
  await waitFor(() => expect(titles()).toHaveLength(3));
  await click(getButton(view.container, '关于进一步深化生态环境监管服务推动经济高质量发展的意见'));
  const { evidence, readerStack } = useNavigation.getState();
  expect(readerStack.at(-1)).toBe(evidence?.noticeId);
  // 支持：资金补助 comes from a body sentence; 地区 and 行业 from the title (no mark needed).
  expect(evidence?.paragraphs.length).toBe(1);
});
