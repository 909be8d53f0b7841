// The bar above every screen: where you are, the 搜索 box, and 导入快讯.
import { zh } from '../platform/i18n/index.ts';
import { Button } from '../ui/index.ts';
import { useLibrary, useNavigation, reportError } from '../core/index.ts';
import { importFromDialog, useImport, usePasteImport } from '../features/import/index.ts';
import { SearchBox } from '../features/search/index.ts';
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
        <Button icon="clipboard" title={zh.toolbar.pasteHint} onClick={() => usePasteImport.getState().show()}>
          {zh.toolbar.paste}
        </Button>
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
