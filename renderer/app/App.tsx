// The window: sidebar, toolbar, the current screen, status bar; drop target, import
// progress and report, restore question and toasts over it.
import { ErrorBoundary, Toasts } from '../ui/index.ts';
import { DropZone, ImportProgressPanel, ImportReportDialog, PasteImportDialog, useWatchedFolderImports } from '../features/import/index.ts';
import { RestoreDialog } from '../features/settings/index.ts';
import { ReminderBanner } from '../features/deadlines/index.ts';
import { MatcherProvider, QueriesProvider } from '../core/index.ts';
import { LibraryGate } from './LibraryGate.tsx';
import { ScreenHost } from './ScreenHost.tsx';
import { Sidebar } from './Sidebar.tsx';
import { StatusBar } from './StatusBar.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useMenuCommands } from './useMenuCommands.ts';

export function App() {
  return (
    <ErrorBoundary>
      <LibraryGate>
        <QueriesProvider>
          <MatcherProvider>
            <Shell />
          </MatcherProvider>
        </QueriesProvider>
      </LibraryGate>
      <Toasts />
    </ErrorBoundary>
  );
}

function Shell() {
  useMenuCommands();
  useWatchedFolderImports();
  return (
    <div className="app">
      <Sidebar />
      <div className="workspace">
        <Toolbar />
        <ReminderBanner />
        <main className="content">
          <ScreenHost />
        </main>
      </div>
      <StatusBar />
      <DropZone />
      <ImportProgressPanel />
      <ImportReportDialog />
      <PasteImportDialog />
      <RestoreDialog />
    </div>
  );
}
