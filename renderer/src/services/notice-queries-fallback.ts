// TEMPORARY: answers the NoticeQueries port on the main thread from the library's
// summaries, until the search helper's worker (renderer/search) lands. Browse is a plain
// filter and sort; search is a plain substring match without ranking. Replaced by the
// worker client, not grown.
import type { NoticeSummary } from '../../../shared/model/library.ts';
import { listNoticeSummaries, type LibraryDb } from '../../library/index.ts';
import type { BrowseResult, FacetCount, Facets, ListFilters, ListSort, NoticeQueries, Range, SearchFiltersQuery } from './notice-queries.ts';

export function createFallbackQueries(db: LibraryDb): NoticeQueries {
  let cache: Promise<Map<number, NoticeSummary>> | null = null;
  const listeners = new Set<() => void>();
  db.changes.subscribe(() => {
    cache = null;
    for (const listener of listeners) listener();
  });
  const all = () => (cache ??= listNoticeSummaries(db).then((rows) => new Map(rows.map((row) => [row.id, row]))));

  return {
    browse: async (filters, sort, today) => {
      const rows = [...(await all()).values()];
      return browseRows(rows, filters, sort, today);
    },
    search: async (query, filters, limit, today) => {
      const started = performance.now();
      const terms = query.trim().split(/\s+/).filter(Boolean);
      const rows = [...(await all()).values()].filter((row) => matchesSearchFilters(row, filters, today));
      const hits = rows
        .filter((row) => terms.every((term) => haystack(row).includes(term)))
        .map((row) => ({
          id: row.id,
          title: row.title,
          titleRanges: rangesOf(row.title, terms),
          snippet: row.docNumber ?? '',
          snippetRanges: [],
          docNumber: row.docNumber,
          agencies: row.agencies,
          date: row.date,
          category: row.category,
          deadline: row.deadline,
        }));
      return { hits: hits.slice(0, limit), total: hits.length, tookMs: performance.now() - started };
    },
    rows: async (ids) => {
      const map = await all();
      return ids.map((id) => map.get(id));
    },
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function haystack(row: NoticeSummary): string {
  return [row.title, row.docNumber ?? '', row.category, ...row.agencies].join('\n');
}

function rangesOf(text: string, terms: readonly string[]): Range[] {
  return terms.flatMap((term) => {
    const at = text.indexOf(term);
    return at < 0 ? [] : [[at, at + term.length] as const];
  });
}

function matchesSearchFilters(row: NoticeSummary, f: SearchFiltersQuery, today: string): boolean {
  return (
    (f.category === null || row.category === f.category) &&
    (f.province === null || row.province === f.province) &&
    (f.agency === null || row.agencies.includes(f.agency)) &&
    (f.yearFrom === null || (row.year !== null && row.year >= f.yearFrom)) &&
    (f.yearTo === null || (row.year !== null && row.year <= f.yearTo)) &&
    (f.deadline === 'any' || (row.deadline !== null && (f.deadline === 'upcoming' ? row.deadline >= today : row.deadline < today)))
  );
}

function browseRows(rows: NoticeSummary[], filters: ListFilters, sort: ListSort, today: string): BrowseResult {
  const matches = (row: NoticeSummary, skip: keyof ListFilters | null) =>
    (skip === 'category' || filters.category === null || row.category === filters.category) &&
    (skip === 'province' || filters.province === null || row.province === filters.province) &&
    (skip === 'agency' || filters.agency === null || row.agencies.includes(filters.agency)) &&
    (skip === 'year' || filters.year === null || row.year === filters.year) &&
    (filters.bulletinId === null || row.sourceBulletinIds.includes(filters.bulletinId)) &&
    (skip === 'deadline' ||
      filters.deadline === 'any' ||
      (row.deadline !== null && (filters.deadline === 'has' || (filters.deadline === 'upcoming' ? row.deadline >= today : row.deadline < today))));
  const selected = rows.filter((row) => matches(row, null));
  const facets: Facets = {
    category: countBy(rows.filter((row) => matches(row, 'category')), (row) => [row.category]),
    province: countBy(rows.filter((row) => matches(row, 'province')), (row) => (row.province ? [row.province] : [])),
    agency: countBy(rows.filter((row) => matches(row, 'agency')), (row) => row.agencies),
    year: countBy(rows.filter((row) => matches(row, 'year')), (row) => (row.year ? [String(row.year)] : [])),
    deadline: deadlineCounts(rows.filter((row) => matches(row, 'deadline')), today),
  };
  const direction = sort.direction === 'asc' ? 1 : -1;
  const key = (row: NoticeSummary): string => {
    switch (sort.key) {
      case 'agencies':
        return row.agencies[0] ?? '';
      case 'docNumber':
        return row.docNumber ?? '';
      default:
        return row[sort.key] ?? '';
    }
  };
  selected.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === kb) return b.id - a.id;
    if (ka === '') return 1;
    if (kb === '') return -1;
    return ka.localeCompare(kb, 'zh-CN') * direction;
  });
  return { ids: selected.map((row) => row.id), facets };
}

function countBy(rows: NoticeSummary[], values: (row: NoticeSummary) => readonly string[]): FacetCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const value of new Set(values(row))) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'));
}

function deadlineCounts(rows: NoticeSummary[], today: string): Facets['deadline'] {
  const withDeadline = rows.filter((row) => row.deadline !== null);
  const upcoming = withDeadline.filter((row) => (row.deadline ?? '') >= today).length;
  return { has: withDeadline.length, upcoming, passed: withDeadline.length - upcoming };
}
