// Ranked results: the title with its matches marked, the particulars, and a snippet of
// the body around the best match. A click opens the notice in the reader.
import { zh } from '../../platform/i18n/index.ts';
import { DeadlineBadge, Highlight, SuggestedClients, todayIso, useSuggestedClients } from '../../ui/index.ts';
import type { SearchHit } from '../../../shared/search/index.ts';
import { useNavigation } from '../../core/index.ts';

export function SearchResults({ hits }: { hits: readonly SearchHit[] }) {
  const openNotice = useNavigation((state) => state.openNotice);
  const suggested = useSuggestedClients(hits.map((hit) => hit.id));
  const today = todayIso();
  return (
    <ol className="results" aria-label={zh.search.resultsLabel}>
      {hits.map((hit) => (
        <li key={hit.id}>
          <button type="button" className="result" onClick={() => openNotice(hit.id)}>
            <span className="result-title">
              <Highlight text={hit.title} ranges={hit.titleRanges} />
            </span>
            <span className="result-meta">
              <span className="chip">{hit.category}</span>
              {hit.ended ? <span className="chip chip-danger" title={zh.relations.filterEnded}>{zh.relations.endedChip}</span> : null}
              {hit.lacking ? (
                <span className="chip result-partial" title={zh.search.lackingHint} data-testid="result-lacking">
                  {zh.search.lacking(hit.lacking)}
                </span>
              ) : !hit.exact ? (
                <span className="chip result-partial" title={zh.search.inexactHint}>
                  {zh.search.inexact}
                </span>
              ) : null}
              {hit.docNumber ? <span className="result-doc">{hit.docNumber}</span> : null}
              {hit.agencies.length > 0 ? <span>{zh.common.list(hit.agencies.slice(0, 3))}</span> : null}
              {hit.date ? <span>{hit.date}</span> : null}
              {hit.deadline ? <DeadlineBadge deadline={hit.deadline} today={today} /> : null}
            </span>
            {hit.snippet?.text ? (
              <span className="result-snippet">
                <Highlight text={hit.snippet.text} ranges={hit.snippet.ranges} />
              </span>
            ) : null}
          </button>
          <SuggestedClients clients={suggested(hit.id)} />
        </li>
      ))}
    </ol>
  );
}
