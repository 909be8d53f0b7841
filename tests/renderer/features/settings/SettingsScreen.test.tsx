// 设置: the consultant profile is read from the library and saved back (an invalid email
// refused in place), the library's size is shown beside backup, and 关于 names the app's
// version and which build this is (here the browser's, through the web bridge).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addBulletin, freshLibrary, notice } from '../../../support/library-fixture.ts';
import { getProfile, saveProfile, type LibraryDb } from '../../../../renderer/data/library/index.ts';
import { SettingsScreen } from '../../../../renderer/features/settings/SettingsScreen.tsx';
import { LibraryProvider } from '../../../../renderer/core/library-context.tsx';
import { useToasts } from '../../../../renderer/core/toasts.ts';
import { click, getButton, getByLabel, render, typeInto, waitFor, type Rendered } from '../../../support/dom.tsx';
import packageJson from '../../../../package.json' with { type: 'json' };

let db: LibraryDb;
let view: Rendered;

beforeEach(async () => {
  db = await freshLibrary();
  await saveProfile(db, { name: '王顾问', company: '北京关键要素科技有限公司', phone: '010-62227852', email: '' });
  await addBulletin(db, 'a.txt', '(2018) 1202 期', [notice({ title: '关于开展2018年度绿色制造体系建设的通知' }), notice({ title: '关于组织申报2019年度节能专项资金的通知' })]);
  view = await render(
    <LibraryProvider db={db}>
      <SettingsScreen />
    </LibraryProvider>,
  );
  await waitFor(() => expect(getByLabel<HTMLInputElement>(view.container, '姓名').value).toBe('王顾问'));
});

afterEach(async () => {
  await view.unmount();
  db.close();
});

describe('设置', () => {
  it('saves the edited profile to the library and says so', async () => {
    await typeInto(getByLabel<HTMLInputElement>(view.container, '电子邮箱'), 'wang@example.cn');
    await click(getButton(view.container, '保存顾问信息'));
    // The toast comes once the save has resolved.
    await waitFor(() => expect(useToasts.getState().toasts.map((t) => t.message)).toContain('顾问信息已保存'));
    expect(await getProfile(db)).toEqual({ name: '王顾问', company: '北京关键要素科技有限公司', phone: '010-62227852', email: 'wang@example.cn' });
  });

  it('refuses an invalid email in place and keeps the stored profile', async () => {
    await typeInto(getByLabel<HTMLInputElement>(view.container, '电子邮箱'), 'not an email');
    await click(getButton(view.container, '保存顾问信息'));
    await waitFor(() => expect(view.container.textContent).toContain('电子邮箱格式不正确'));
    expect((await getProfile(db)).email).toBe('');
  });

  it('shows the library’s size beside backup, and the version of the browser build', async () => {
    await waitFor(() => expect(view.container.textContent).toContain('1 期快讯，2 条通知'));
    await waitFor(() => expect(view.container.textContent).toContain(`版本 ${packageJson.version} · 浏览器版`));
    expect(getButton(view.container, '备份资料库')).toBeTruthy();
  });
});
