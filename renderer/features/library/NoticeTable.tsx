// The notice list: a virtualised table that draws only the rows in view (plus a few),
// so 50,000 notices scroll as smoothly as 50. Header clicks sort; ↑/↓ move the active
// row, Enter or a click opens it in the reader. The first column's check boxes choose
// notices for tagging (a shift-click chooses the rows in between; Space the active row).
// A notice the parser was unsure of carries a 需核对 mark naming the fields to check.
import type { NoticeId } from '../../../shared/model/ids.ts';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type ChangeEvent, type CSSProperties, type KeyboardEvent, type KeyboardEvent as ReactKeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { zh } from '../../platform/i18n/index.ts';
import { DeadlineBadge, Icon, SuggestedClients, todayIso, useSuggestedClients } from '../../ui/index.ts';
import { useNoticeRows, type NoticeRows } from './useNoticeRows.ts';
import type { SearchSort } from '../../../shared/search/index.ts';
import { useSelection } from './selection.ts';
import { TITLE_CHARS, layoutColumns, type Column, type ContentFit } from './columns.ts';
import type { ReviewMarks } from './useReviewMarks.ts';
import type { ReviewField } from '../../../shared/model/notice.ts';
import { textWidthPx } from './text-width.ts';
import { useColumnWidths } from './column-widths.ts';
import type { NoticeClientView } from '../../data/match/index.ts';

const ROW_HEIGHT = 34;

type NoticeTableProps = {
  ids: readonly NoticeId[];
  sort: SearchSort;
  onSort: (column: Column) => void;
  onOpen: (id: NoticeId) => void;
  /** The notices marked 需核对, with the fields to check. */
  review?: ReviewMarks;
};

const NO_MARKS: ReviewMarks = new Map();

export function NoticeTable({ ids, sort, onSort, onOpen, review = NO_MARKS }: NoticeTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const rowIdPrefix = useId();
  // TanStack Virtual hands back fresh functions each render, which the React Compiler
  // cannot memoise; this build does not use the compiler, so the lint note does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const widths = useColumnWidths((state) => state.widths);
  const tableRef = useRef<HTMLDivElement>(null);
  const visibleIds = items.map((item) => ids[item.index]).filter((id): id is NoticeId => id !== undefined);
  const rows = useNoticeRows(visibleIds);
  const suggested = useSuggestedClients(visibleIds);
  const today = todayIso();
  const activeIndex = Math.min(active, Math.max(0, ids.length - 1));
  const selected = useSelection((state) => state.selected);
  const select = useSelection((state) => state.click);
  const tableWidth = useWidthOf(scrollRef);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(ids.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Home: () => move(0),
      End: () => move(ids.length - 1),
      Enter: () => {
        const id = ids[activeIndex];
        if (id !== undefined) onOpen(id);
      },
      ' ': () => {
        const id = ids[activeIndex];
        if (id !== undefined) select(id, ids, event.shiftKey);
      },
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const { columns, template } = layoutColumns(widths, contentFit(visibleIds, rows, suggested, tableRef.current, tableWidth));

  return (
    <div ref={tableRef} className="notice-table" role="grid" aria-label={zh.library.table} aria-rowcount={ids.length + 1} aria-colcount={columns.length} style={{ '--notice-grid': template } as CSSProperties}>
      <div className="notice-table-head" role="rowgroup">
        <div className="notice-row notice-header-row" role="row" aria-rowindex={1}>
          {columns.map((column) =>
            column.id === 'select' ? <SelectAllCell key={column.id} ids={ids} /> : <HeaderCell key={column.id} column={column} sort={sort} onSort={onSort} />,
          )}
        </div>
      </div>
      <div
        ref={scrollRef}
        className="notice-table-body"
        role="rowgroup"
        tabIndex={0}
        aria-activedescendant={ids.length > 0 ? `${rowIdPrefix}-${activeIndex}` : undefined}
        onKeyDown={onKeyDown}
        data-testid="notice-scroller"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const id = ids[item.index];
            if (id === undefined) return null;
            return (
              <NoticeRow
                key={id}
                domId={`${rowIdPrefix}-${item.index}`}
                id={id}
                index={item.index}
                top={item.start}
                active={item.index === activeIndex}
                checked={selected.has(id)}
                onCheck={(shift) => select(id, ids, shift)}
                rows={rows}
                columns={columns}
                review={review.get(id)}
                suggested={suggested(id)}
                today={today}
                onOpen={(openId) => {
                  setActive(item.index);
                  onOpen(openId);
                }}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

/** What the 发文机关 cell prints: the first agency, and how many more. */
function agencyCellText(agencies: readonly string[]): string {
  return agencies.length > 1 ? zh.library.agenciesMore(agencies[0] ?? '', agencies.length - 1) : (agencies[0] ?? '');
}

/** Cell padding (both sides, as library.css sets it) and a little air, added to a measured text width. */
const CELL_EXTRA_PX = 18;
/** A chip's own padding and border (controls.css, clients.css). */
const CHIP_EXTRA_PX = 16;
/** The deadline cell's dot and the gap before it. */
const DOT_PX = 13;
/** Font sizes of the cells, as library.css sets them: the title, the other text, the chips. */
const FONT_PX = { title: 13, meta: 12, chip: 11, clientChip: 12 } as const;

/** The width of a text (px) in the table's font family at `size` px. */
type Measure = (text: string, size: number, weight?: number) => number;

function measureIn(table: HTMLElement | null): Measure {
  const family = (table ? getComputedStyle(table).fontFamily : '') || 'sans-serif';
  return (text, size, weight = 400) => textWidthPx(text, `${weight} ${size}px ${family}`, size);
}

/** The widths the rows in view need (see layoutColumns), measured in the table's own font. */
function contentFit(visible: readonly NoticeId[], rows: NoticeRows, suggested: (id: NoticeId) => readonly NoticeClientView[], table: HTMLElement | null, tableWidth: number | null): ContentFit {
  const measure = measureIn(table);
  const widest = { docNumber: 0, agencies: 0, category: 0, clients: 0 };
  let clientsEmpty = true;
  for (const id of visible) {
    const notice = rows.row(id);
    if (!notice) continue;
    if (notice.docNumber) widest.docNumber = Math.max(widest.docNumber, measure(notice.docNumber, FONT_PX.meta));
    widest.agencies = Math.max(widest.agencies, measure(agencyCellText(notice.agencies), FONT_PX.meta));
    if (notice.category) widest.category = Math.max(widest.category, measure(notice.category, FONT_PX.chip) + CHIP_EXTRA_PX);
    const tagged = rows.clients(id);
    const views = suggested(id);
    if (tagged.length > 0) widest.clients = Math.max(widest.clients, measure(zh.common.list(tagged), FONT_PX.meta));
    else if (views[0]) widest.clients = Math.max(widest.clients, measure(views[0].clientName, FONT_PX.clientChip) + CHIP_EXTRA_PX);
    if (tagged.length > 0 || views.length > 0) clientsEmpty = false;
  }
  const day = measure('2000-00-00', FONT_PX.meta);
  const fitted = (px: number): number | undefined => (px > 0 ? px + CELL_EXTRA_PX : undefined);
  const fit: ContentFit = { clientsEmpty, date: day + CELL_EXTRA_PX, deadline: day + DOT_PX + CELL_EXTRA_PX };
  for (const key of ['docNumber', 'agencies', 'category', 'clients'] as const) {
    const px = fitted(widest[key]);
    if (px !== undefined) fit[key] = px;
  }
  if (tableWidth !== null) {
    fit.tableWidth = tableWidth;
    fit.titleMin = measure(zh.library.widthSample.repeat(TITLE_CHARS), FONT_PX.title, 500) + CELL_EXTRA_PX;
  }
  return fit;
}

/** The inner width of `ref`'s element (without its scroll bar), kept up to date as the window is resized. */
function useWidthOf(ref: { current: HTMLElement | null }): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

function HeaderCell({ column, sort, onSort }: { column: Column; sort: SearchSort; onSort: (column: Column) => void }) {
  const sorted = column.sortKey !== null && sort.key === column.sortKey;
  const ariaSort = sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <div className="notice-cell notice-header-cell" role="columnheader" aria-sort={column.sortKey ? ariaSort : undefined}>
      {column.sortKey ? (
        <button
          type="button"
          className={sorted ? 'sort-button sorted' : 'sort-button'}
          onClick={() => onSort(column)}
          title={zh.library.sortBy(column.label, sorted && sort.direction === 'asc' ? 'desc' : 'asc')}
        >
          {column.label}
          {sorted ? <Icon name={sort.direction === 'asc' ? 'sortAsc' : 'sortDesc'} size={12} /> : null}
        </button>
      ) : (
        <span className="sort-button static">{column.label}</span>
      )}
      <ColumnResizer column={column} />
    </div>
  );
}

/** KEY_STEP px per arrow key; a drag follows the pointer; a double click goes back to the automatic width. */
const KEY_STEP = 16;

function ColumnResizer({ column }: { column: Column }) {
  const setWidth = useColumnWidths((state) => state.setWidth);
  const reset = useColumnWidths((state) => state.reset);
  const widthOf = (handle: HTMLElement) => handle.parentElement?.getBoundingClientRect().width ?? 0;
  const onPointerDown = (event: ReactPointerEvent<HTMLSpanElement>) => {
    event.preventDefault();
    const handle = event.currentTarget;
    const startX = event.clientX;
    const startWidth = widthOf(handle);
    handle.setPointerCapture(event.pointerId);
    const move = (moved: PointerEvent) => setWidth(column.id, startWidth + moved.clientX - startX);
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  const onKeyDown = (event: ReactKeyboardEvent<HTMLSpanElement>) => {
    const delta = event.key === 'ArrowRight' ? KEY_STEP : event.key === 'ArrowLeft' ? -KEY_STEP : 0;
    if (delta === 0) return;
    event.preventDefault();
    event.stopPropagation();
    setWidth(column.id, widthOf(event.currentTarget) + delta);
  };
  return (
    <span
      className="column-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={zh.library.resizeColumn(column.label)}
      title={zh.library.resizeHint}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      onDoubleClick={() => reset(column.id)}
      onClick={(event) => event.stopPropagation()}
    />
  );
}

type NoticeRowProps = {
  domId: string;
  id: NoticeId;
  index: number;
  top: number;
  active: boolean;
  checked: boolean;
  /** The check box was clicked; `shift`: with Shift held (a range). */
  onCheck: (shift: boolean) => void;
  rows: NoticeRows;
  /** The columns shown, in order. */
  columns: readonly Column[];
  /** The fields to check when the notice is marked 需核对. */
  review: readonly ReviewField[] | undefined;
  /** The clients matching says it may concern (not yet tagged). */
  suggested: readonly NoticeClientView[];
  today: string;
  onOpen: (id: NoticeId) => void;
};

function NoticeRow({ domId, id, index, top, active, checked, onCheck, rows, columns, review, suggested, today, onOpen }: NoticeRowProps) {
  const notice = rows.row(id);
  const clients = rows.clients(id);
  const style = { transform: `translateY(${top}px)`, height: ROW_HEIGHT };
  if (!notice) {
    return (
      <div id={domId} className="notice-row placeholder" role="row" aria-rowindex={index + 2} style={style}>
        <div className="notice-cell" role="gridcell">
          <span className="skeleton" />
        </div>
      </div>
    );
  }
  const agencies = agencyCellText(notice.agencies);
  return (
    <div
      id={domId}
      className={['notice-row', active ? 'active' : '', checked ? 'checked' : ''].filter(Boolean).join(' ')}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={active}
      style={style}
      onClick={() => onOpen(id)}
    >
      {columns.map((column) => {
        switch (column.id) {
          case 'select':
            return (
              <div key={column.id} className="notice-cell cell-select" role="gridcell" onClick={(event) => event.stopPropagation()}>
                <label className="row-check">
                  <input type="checkbox" checked={checked} aria-label={zh.library.selectNotice(notice.title)} onChange={(event) => onCheck(withShift(event))} />
                </label>
              </div>
            );
          case 'title':
            return (
              <div key={column.id} className="notice-cell cell-title-cell" role="gridcell" title={notice.title}>
                {review && review.length > 0 ? <ReviewMark fields={review} /> : null}
                <span className="cell-title">{notice.title}</span>
              </div>
            );
          case 'docNumber':
            return (
              <div key={column.id} className="notice-cell cell-doc" role="gridcell" title={notice.docNumber ?? undefined}>
                {notice.docNumber ?? <span className="muted">{zh.common.none}</span>}
              </div>
            );
          case 'agencies':
            return (
              <div key={column.id} className="notice-cell cell-agency" role="gridcell" title={zh.common.list(notice.agencies)}>
                {agencies || <span className="muted">{zh.common.none}</span>}
              </div>
            );
          case 'date':
            return (
              <div key={column.id} className="notice-cell cell-date" role="gridcell">
                {notice.date ?? <span className="muted">{zh.common.none}</span>}
              </div>
            );
          case 'category':
            return (
              <div key={column.id} className="notice-cell cell-category" role="gridcell">
                <span className="chip">{notice.category}</span>
              </div>
            );
          case 'deadline':
            return (
              <div key={column.id} className="notice-cell cell-deadline" role="gridcell">
                {notice.deadline ? <DeadlineBadge deadline={notice.deadline} today={today} showDays={false} /> : <span className="muted">{zh.common.none}</span>}
              </div>
            );
          case 'clients':
            return (
              <div key={column.id} className="notice-cell cell-clients" role="gridcell" title={zh.common.list(clients)}>
                {clients.length > 0 ? <span className="tagged-clients">{zh.common.list(clients)}</span> : null}
                <SuggestedClients clients={suggested} max={clients.length > 0 ? 0 : 1} compact />
              </div>
            );
        }
      })}
    </div>
  );
}

/** 需核对 before the title: compact; the fields to check are in its name and tooltip. */
function ReviewMark({ fields }: { fields: readonly ReviewField[] }) {
  const label = zh.library.reviewMarkLabel(zh.common.list(fields.map((field) => zh.noticeFields.labels[field])));
  return (
    <span className="review-mark" role="img" aria-label={label} title={label}>
      {zh.library.reviewMark}
    </span>
  );
}

/** The header's check box: all the listed notices, or none; mixed when some are chosen. */
function SelectAllCell({ ids }: { ids: readonly NoticeId[] }) {
  const toggleAll = useSelection((state) => state.toggleAll);
  const chosen = useSelection((state) => ids.reduce((n, id) => (state.selected.has(id) ? n + 1 : n), 0));
  const all = ids.length > 0 && chosen === ids.length;
  return (
    <div className="notice-cell notice-header-cell cell-select" role="columnheader">
      <label className="row-check">
        <input
          type="checkbox"
          checked={all}
          ref={(input) => {
            if (input) input.indeterminate = chosen > 0 && !all;
          }}
          aria-label={zh.library.selectAll(ids.length)}
          onChange={() => toggleAll(ids)}
        />
      </label>
    </div>
  );
}

/** React reports a check box's change from its click, which knows whether Shift was held. */
function withShift(event: ChangeEvent<HTMLInputElement>): boolean {
  const native = event.nativeEvent as Event & { shiftKey?: boolean };
  return native.shiftKey === true;
}
