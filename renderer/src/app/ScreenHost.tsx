// Shows the current screen, or the reader over it. Visited screens stay mounted (hidden)
// so that coming back finds the list scrolled and filtered as it was left.
import { useState, type ReactNode } from 'react';
import { zh } from '../../i18n/zh-CN.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { LibraryScreen } from '../screens/library/LibraryScreen.tsx';
import { ReaderScreen } from '../screens/reader/ReaderScreen.tsx';
import { SearchScreen } from '../screens/search/SearchScreen.tsx';
import { SettingsScreen } from '../screens/settings/SettingsScreen.tsx';
import { selectOpenNotice, useNavigation, type Screen } from '../stores/navigation.ts';
import { BUILT_SCREENS } from './nav.ts';

const SCREENS: Partial<Record<Screen, () => ReactNode>> = {
  library: () => <LibraryScreen />,
  search: () => <SearchScreen />,
  settings: () => <SettingsScreen />,
};

export function ScreenHost() {
  const screen = useNavigation((state) => state.screen);
  const openNotice = useNavigation(selectOpenNotice);
  const [visited, setVisited] = useState<ReadonlySet<Screen>>(() => new Set([screen]));
  if (!visited.has(screen)) setVisited(new Set([...visited, screen]));

  return (
    <>
      {[...visited].map((name) => {
        const render = SCREENS[name];
        const shown = name === screen && openNotice === null;
        return (
          <div key={name} className="screen" hidden={!shown} data-screen={name}>
            <ErrorBoundary resetKey={name}>{render && BUILT_SCREENS.has(name) ? render() : <ComingSoon />}</ErrorBoundary>
          </div>
        );
      })}
      {openNotice !== null ? (
        <div className="screen" data-screen="reader">
          <ErrorBoundary resetKey={openNotice}>
            <ReaderScreen id={openNotice} />
          </ErrorBoundary>
        </div>
      ) : null}
    </>
  );
}

function ComingSoon() {
  return (
    <EmptyState icon="info" title={zh.comingSoon.title}>
      <p>{zh.comingSoon.body}</p>
    </EmptyState>
  );
}
