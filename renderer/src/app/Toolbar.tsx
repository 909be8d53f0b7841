// The bar above every screen: where you are, the 搜索 box, and 导入快讯.
import { zh } from '../../i18n/zh-CN.ts';
import { Button } from '../components/Button.tsx';
import { useLibrary } from '../services/library-context.tsx';
import { importFromDialog } from '../services/import-actions.ts';
import { SearchBox } from '../screens/search/SearchBox.tsx';
import { useImport } from '../stores/import.ts';
import { useNavigation } from '../stores/navigation.ts';
import { reportError } from '../services/report-error.ts';
import { screenTitle } from './nav.ts';

export function Toolbar() {
  const db = useLibrary();
  const screen = useNavigation((state) => state.screen);
  const importing = useImport((state) => state.running);
  return (
    <header className="toolbar">
      <h1 className="toolbar-title">{screenTitle(screen)}</h1>
      <div className="toolbar-search">
        <SearchBox />
      </div>
      <div className="toolbar-actions">
        <Button
          variant="primary"
          icon="import"
          disabled={importing}
          onClick={() => {
            importFromDialog(db).catch(reportError);
          }}
        >
          {zh.toolbar.import}
        </Button>
      </div>
    </header>
  );
}
