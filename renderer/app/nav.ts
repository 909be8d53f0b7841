// The sidebar's entries, in order.
import { zh } from '../platform/i18n/index.ts';
import type { IconName } from '../ui/index.ts';
import type { Screen } from '../core/index.ts';

export type NavItem = { screen: Screen; label: string; icon: IconName };

export const MAIN_NAV: readonly NavItem[] = [
  { screen: 'library', label: zh.nav.library, icon: 'library' },
  { screen: 'search', label: zh.nav.search, icon: 'search' },
  { screen: 'clients', label: zh.nav.clients, icon: 'users' },
  { screen: 'briefings', label: zh.nav.briefings, icon: 'briefing' },
  { screen: 'deadlines', label: zh.nav.deadlines, icon: 'calendar' },
];

/** Pinned to the bottom of the sidebar. */
export const FOOTER_NAV: readonly NavItem[] = [{ screen: 'settings', label: zh.nav.settings, icon: 'settings' }];

export function screenTitle(screen: Screen): string {
  return zh.nav[screen];
}
