// 资料库: the imported bulletins and every notice in a sortable, filterable, virtualised
// list, whose notices can be chosen and tagged to clients together. An empty library
// shows what to do first.
import type { BulletinId } from '../../../shared/model/ids.ts';
import { useEffect, useMemo } from 'react';
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
import { chosen, hasFilters, type SearchFilters } from '../../../shared/search/index.ts';
import { groupBulletins, isSinglesFilter, sameIds } from './bulletin-groups.ts';
import { BulletinList } from './BulletinList.tsx';
import { FacetPanel } from './FacetPanel.tsx';
import { ListHeader } from './ListHeader.tsx';
import { NoticeTable } from './NoticeTable.tsx';
import { SelectionBar } from './SelectionBar.tsx';
import { useReviewMarks } from './useReviewMarks.ts';

export function LibraryScreen() {
  const db = useLibrary();
  const total = useLiveQuery(() => countNotices(db), [db]);
  const bulletins = useLiveQuery(() => listBulletins(db), [db]);
  const { filters, sort, toggleSort, setFilters, clearFilters } = useLibraryView(useShallow((state) => ({ filters: state.filters, sort: state.sort, toggleSort: state.toggleSort, setFilters: state.setFilters, clearFilters: state.clearFilters })));
  const openNotice = useNavigation((state) => state.openNotice);
  // 需核对: chosen, the search narrows to the marked notices (so every facet counts them only);
  // its own count is the listed notices that carry the mark.
  const review = useReviewMarks();
  const toCheck = useLibraryView((state) => state.toCheck);
  const browseFilters = useMemo(() => (toCheck ? { ...filters, noticeIds: [...review.keys()] } : filters), [filters, toCheck, review]);
  const browse = useBrowse(browseFilters, sort, 'library-list');
  const clientId = chosen(filters, 'clientIds');
  const clientFacet = useClientFacet(browse?.ids, clientId);
  const clientName = clientFacet.find((entry) => entry.value === String(clientId))?.label ?? null;
  const marked = useMemo(() => (browse ? browse.ids.filter((id) => review.has(id)) : []), [browse, review]);
  const ids = browse ? browse.ids : null;
  // 单篇通知 chosen: a single notice imported (or deleted) meanwhile is in (or out of) it too.
  const singleIds = useMemo(() => (bulletins ? groupBulletins(bulletins).singleIds : null), [bulletins]);
  const staleSingles = singleIds !== null && isSinglesFilter(filters.bulletinIds, singleIds) && !sameIds(filters.bulletinIds, singleIds);
  useEffect(() => {
    if (staleSingles && singleIds) setFilters(withBulletins(filters, singleIds));
  }, [staleSingles, singleIds, filters, setFilters]);

  if (total === undefined || bulletins === undefined) return <div className="screen-loading" aria-busy="true" />;
  if (total === 0 && bulletins.length === 0) return <EmptyLibrary />;

  return (
    <div className="library">
      <aside className="library-rail">
        <BulletinList bulletins={bulletins} selected={filters.bulletinIds ?? []} totalNotices={total} onSelect={(ids) => setFilters(withBulletins(filters, ids))} />
        <section className="rail-section facet-section" aria-label={zh.library.filters}>
          <h2 className="section-title rail-heading">{zh.library.filters}</h2>
          {browse ? <FacetPanel facets={browse.facets} filters={filters} clients={clientFacet} toCheck={marked.length} /> : null}
        </section>
      </aside>
      <section className="library-main">
        <ListHeader shown={ids?.length ?? 0} total={total} filters={filters} bulletins={bulletins} clientName={clientName} />
        <SelectionBar />
        {!ids ? (
          <IndexState />
        ) : ids.length === 0 ? (
          <EmptyState
            icon="filter"
            title={zh.library.noMatches}
            actions={hasFilters(filters) || toCheck ? <Button onClick={clearFilters}>{zh.common.clearFilters}</Button> : undefined}
          >
            <p>{zh.library.noMatchesHint}</p>
          </EmptyState>
        ) : (
          <NoticeTable
            ids={ids}
            review={review}
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

/** The filters with the bulletin filter set to these files (one bulletin, or 单篇通知's), or removed for null. */
function withBulletins(filters: SearchFilters, ids: readonly BulletinId[] | null): SearchFilters {
  const { bulletinIds: _dropped, ...rest } = filters;
  return ids === null || ids.length === 0 ? rest : { ...rest, bulletinIds: [...ids] };
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
