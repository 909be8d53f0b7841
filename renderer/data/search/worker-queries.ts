// The NoticeQueries port answered by the search worker (renderer/search): the list's
// browse (empty query, filters, sort, facet counts, every id in order), ranked search
// with highlights and snippets, and rows for the visible window read from the library.
import type { Facets as EngineFacets, SearchFilters as EngineFilters, SearchRequest, SearchResponse as EngineResponse } from '../../../shared/search/index.ts';
import { getNoticeSummaries, type LibraryDb } from '../library/index.ts';
import type { BrowseResult, Facets, ListFilters, NoticeQueries, NoticeRow, SearchFiltersQuery } from './queries.ts';

/** The part of the search worker's client these queries use. */
export type SearchPort = {
  search: (request: SearchRequest, channel: string, snippets: number) => Promise<EngineResponse>;
  /** Calls back when the index changed (the library changed and the worker caught up). */
  onChange: (listener: () => void) => () => void;
};

/** Hits that get a body snippet: about what a screen of results shows, and a little more. */
const SNIPPETS = 30;

export function createSearchQueries(db: LibraryDb, engine: SearchPort): NoticeQueries {
  return {
    browse: async (filters, sort, today, channel): Promise<BrowseResult> => {
      const response = await engine.search(
        {
          query: '',
          filters: listFilters(filters),
          sort: { key: sort.key, direction: sort.direction },
          today,
          limit: 0,
          facets: true,
          allIds: true,
        },
        channel,
        0,
      );
      return { ids: response.ids ?? [], facets: facetsOf(response.facets) };
    },
    search: async (query, filters, limit, today, channel) => {
      const started = performance.now();
      const response = await engine.search({ query, filters: searchFilters(filters), today, limit }, channel, SNIPPETS);
      return {
        total: response.total,
        tookMs: performance.now() - started,
        hits: response.hits.map((hit) => ({
          id: hit.id,
          title: hit.title,
          titleRanges: hit.titleRanges,
          snippet: hit.snippet?.text ?? '',
          snippetRanges: hit.snippet?.ranges ?? [],
          docNumber: hit.docNumber,
          agencies: hit.agencies,
          date: hit.date,
          category: hit.category,
          deadline: hit.deadline,
        })),
      };
    },
    rows: async (ids) =>
      (await getNoticeSummaries(db, ids)).map((notice): NoticeRow | undefined =>
        notice
          ? { id: notice.id, title: notice.title, docNumber: notice.docNumber, agencies: notice.agencies, date: notice.date, category: notice.category, deadline: notice.deadline }
          : undefined,
      ),
    onChange: (listener) => engine.onChange(listener),
  };
}

function listFilters(filters: ListFilters): EngineFilters {
  const { clientId, ...rest } = filters;
  const deadline = rest.deadline === 'has' ? 'any' : rest.deadline === 'any' ? null : rest.deadline;
  return {
    ...engineFilters({ ...rest, yearFrom: rest.year, yearTo: rest.year, deadline }),
    ...(clientId !== null ? { clientIds: [clientId] } : {}),
  };
}

function searchFilters(filters: SearchFiltersQuery): EngineFilters {
  const { clientId, ...rest } = filters;
  return {
    ...engineFilters({ ...rest, deadline: rest.deadline === 'any' ? null : rest.deadline, bulletinId: null }),
    ...(clientId !== null ? { clientIds: [clientId] } : {}),
  };
}

type AnyFilters = Omit<SearchFiltersQuery, 'deadline' | 'clientId'> & { deadline: EngineFilters['deadline'] | null; bulletinId: number | null };

/** Only the filters that are set: an absent filter lets every notice through. */
function engineFilters(f: AnyFilters): EngineFilters {
  return {
    ...(f.category !== null ? { categories: [f.category] } : {}),
    ...(f.province !== null ? { provinces: [f.province] } : {}),
    ...(f.agency !== null ? { agencies: [f.agency] } : {}),
    ...(f.yearFrom !== null ? { yearFrom: f.yearFrom } : {}),
    ...(f.yearTo !== null ? { yearTo: f.yearTo } : {}),
    ...(f.deadline ? { deadline: f.deadline } : {}),
    ...(f.bulletinId !== null ? { bulletinIds: [f.bulletinId] } : {}),
  };
}

/** The engine's facets as the list shows them: national ('') and undated ('') left out. */
function facetsOf(facets: EngineFacets | undefined): Facets {
  const named = (counts: EngineFacets['categories'] | undefined) => (counts ?? []).filter((entry) => entry.value !== '');
  return {
    category: named(facets?.categories),
    province: named(facets?.provinces),
    agency: named(facets?.agencies),
    year: named(facets?.years),
    deadline: { has: facets?.deadline.with ?? 0, upcoming: facets?.deadline.upcoming ?? 0, passed: facets?.deadline.passed ?? 0 },
  };
}
