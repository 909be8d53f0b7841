// Shows the current screen, or the reader over it. Visited screens stay mounted (hidden)
// so that coming back finds the list scrolled and filtered as it was left.
import { useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../ui/index.ts';
import { BriefingScreen } from '../features/briefings/index.ts';
import { ClientsScreen } from '../features/clients/index.ts';
import { DeadlinesScreen } from '../features/deadlines/index.ts';
import { LibraryScreen } from '../features/library/index.ts';
import { ReaderScreen } from '../features/reader/index.ts';
import { SearchScreen } from '../features/search/index.ts';
import { SettingsScreen } from '../features/settings/index.ts';
import { selectOpenNotice, useNavigation, type Screen } from '../core/index.ts';

const SCREENS: Record<Screen, () => ReactNode> = {
  library: () => <LibraryScreen />,
  search: () => <SearchScreen />,
  clients: () => <ClientsScreen />,
  briefings: () => <BriefingScreen />,
  deadlines: () => <DeadlinesScreen />,
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
        const shown = name === screen && openNotice === null;
        return (
          <div key={name} className="screen" hidden={!shown} data-screen={name}>
            <ErrorBoundary resetKey={name}>{SCREENS[name]()}</ErrorBoundary>
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
