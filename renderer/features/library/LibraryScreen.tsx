// 资料库: the imported bulletins and every notice in a sortable, filterable, virtualised
// list, whose notices can be chosen and tagged to clients together. An empty library
// shows what to do first.
import { useShallow } from 'zustand/react/shallow';
import { useLiveQuery } from 'dexie-react-hooks';
import { zh } from '../../platform/i18n/index.ts';
import { countNotices, listBulletins } from '../../data/library/index.ts';
import { Button, EmptyState, IndexState } from '../../ui/index.ts';
import { useBrowse } from './useBrowse.ts';
import { useClientFacet } from './useClientFacet.ts';
import { importFromDialog } from '../import/index.ts';
import { useLibrary, reportError, useNavigation } from '../../core/index.ts';
import { useLibraryView } from './store.ts';
import { choose, chosen, hasFilters } from '../../../shared/search/index.ts';
import { BulletinList } from './BulletinList.tsx';
import { FacetPanel } from './FacetPanel.tsx';
import { ListHeader } from './ListHeader.tsx';
import { NoticeTable } from './NoticeTable.tsx';
import { SelectionBar } from './SelectionBar.tsx';

export function LibraryScreen() {
  const db = useLibrary();
  const total = useLiveQuery(() => countNotices(db), [db]);
  const bulletins = useLiveQuery(() => listBulletins(db), [db]);
  const { filters, sort, toggleSort, setFilters, clearFilters } = useLibraryView(useShallow((state) => ({ filters: state.filters, sort: state.sort, toggleSort: state.toggleSort, setFilters: state.setFilters, clearFilters: state.clearFilters })));
  const openNotice = useNavigation((state) => state.openNotice);
  const browse = useBrowse(filters, sort, 'library-list');
  const clientId = chosen(filters, 'clientIds');
  const clientFacet = useClientFacet(browse?.ids, clientId);
  const clientName = clientFacet.find((entry) => entry.value === String(clientId))?.label ?? null;

  if (total === undefined || bulletins === undefined) return <div className="screen-loading" aria-busy="true" />;
  if (total === 0 && bulletins.length === 0) return <EmptyLibrary />;

  return (
    <div className="library">
      <aside className="library-rail">
        <BulletinList bulletins={bulletins} selected={chosen(filters, 'bulletinIds')} totalNotices={total} onSelect={(id) => setFilters(choose(filters, 'bulletinIds', id))} />
        <section className="rail-section facet-section" aria-label={zh.library.filters}>
          <h2 className="section-title rail-heading">{zh.library.filters}</h2>
          {browse ? <FacetPanel facets={browse.facets} filters={filters} clients={clientFacet} /> : null}
        </section>
      </aside>
      <section className="library-main">
        <ListHeader shown={browse?.ids.length ?? 0} total={total} filters={filters} bulletins={bulletins} clientName={clientName} />
        <SelectionBar />
        {!browse ? (
          <IndexState />
        ) : browse.ids.length === 0 ? (
          <EmptyState
            icon="filter"
            title={zh.library.noMatches}
            actions={hasFilters(filters) ? <Button onClick={clearFilters}>{zh.common.clearFilters}</Button> : undefined}
          >
            <p>{zh.library.noMatchesHint}</p>
          </EmptyState>
        ) : (
          <NoticeTable
            ids={browse.ids}
            sort={sort}
            onSort={(column) => {
              if (column.sortKey) toggleSort(column.sortKey);
            }}
            onOpen={openNotice}
          />
        )}
      </section>
    </div>
  );
}

function EmptyLibrary() {
  const db = useLibrary();
  return (
    <EmptyState
      icon="library"
      title={zh.library.empty.title}
      actions={
        <Button variant="primary" icon="import" onClick={() => {
            importFromDialog(db).catch(reportError);
          }}>
          {zh.library.empty.action}
        </Button>
      }
    >
      <p>{zh.library.empty.body}</p>
      <p>{zh.library.empty.dropHint}</p>
    </EmptyState>
  );
}
