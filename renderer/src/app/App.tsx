// The window: sidebar, toolbar, the current screen, status bar; drop target, import
// progress and report, restore question and toasts over it.
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { Toasts } from '../components/Toasts.tsx';
import { DropZone } from '../screens/import/DropZone.tsx';
import { ImportProgressPanel } from '../screens/import/ImportProgressPanel.tsx';
import { ImportReportDialog } from '../screens/import/ImportReportDialog.tsx';
import { RestoreDialog } from '../screens/settings/RestoreDialog.tsx';
import { QueriesProvider } from '../services/queries-context.tsx';
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
          <Shell />
        </QueriesProvider>
      </LibraryGate>
      <Toasts />
    </ErrorBoundary>
  );
}

function Shell() {
  useMenuCommands();
  return (
    <div className="app">
      <Sidebar />
      <div className="workspace">
        <Toolbar />
        <main className="content">
          <ScreenHost />
        </main>
      </div>
      <StatusBar />
      <DropZone />
      <ImportProgressPanel />
      <ImportReportDialog />
      <RestoreDialog />
    </div>
  );
}
