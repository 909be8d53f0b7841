// The sidebar's entries, in order. Screens of issue 6 (客户, 简报, 截止日期) join this list
// when they are built; until then they are not offered (a menu command that names one
// shows the coming-soon state, see ScreenHost).
import { zh } from '../../i18n/zh-CN.ts';
import type { IconName } from '../components/Icon.tsx';
import type { Screen } from '../stores/navigation.ts';

export type NavItem = { screen: Screen; label: string; icon: IconName };

export const MAIN_NAV: readonly NavItem[] = [
  { screen: 'library', label: zh.nav.library, icon: 'library' },
  { screen: 'search', label: zh.nav.search, icon: 'search' },
];

/** Pinned to the bottom of the sidebar. */
export const FOOTER_NAV: readonly NavItem[] = [{ screen: 'settings', label: zh.nav.settings, icon: 'settings' }];

export const BUILT_SCREENS: ReadonlySet<Screen> = new Set([...MAIN_NAV, ...FOOTER_NAV].map((item) => item.screen));

export function screenTitle(screen: Screen): string {
  return zh.nav[screen];
}
