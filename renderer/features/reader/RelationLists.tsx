// 引用文件 and 被引用 in the reader's side panel. A cited document in the library opens
// it; one not in it shows its title and 文号, and a button that searches the library for
// it (a notice that prints it differently, or one to import).
import type { LinkedRelations } from '../../data/library/index.ts';
import { zh } from '../../platform/i18n/index.ts';
import { Button } from '../../ui/index.ts';
import { useNavigation } from '../../core/index.ts';
import { useSearch } from '../search/index.ts';

function named(title: string | null, docNumber: string | null): string {
  return `${title ? `《${title}》` : ''}${docNumber ? `（${docNumber}）` : ''}`;
}

export function CitedList({ relations }: { relations: LinkedRelations }) {
  const openNotice = useNavigation((state) => state.openNotice);
  const navigate = useNavigation((state) => state.navigate);
  const setQuery = useSearch((state) => state.setQuery);
  if (relations.cites.length === 0) return <p className="muted">{zh.relations.noCites}</p>;
  return (
    <ul className="meta-items relation-list">
      {relations.cites.map(({ citation, target }, i) => (
        <li key={i} className="relation-item">
          <span className={`chip relation-chip${citation.relation === 'repeals' || citation.relation === 'replaces' ? ' chip-danger' : citation.relation === 'amends' ? ' chip-warning' : ''}`}>
            {citation.relation ? zh.codes.relations[citation.relation] : zh.relations.mentioned}
          </span>
          {target === 'self' ? (
            <span className="relation-name">
              {named(citation.title, citation.docNumber)}
              <span className="muted relation-note">{zh.relations.issuedHere}</span>
            </span>
          ) : target ? (
            <button type="button" className="link-button relation-name" onClick={() => openNotice(target.id)} title={target.title}>
              {named(citation.title ?? target.title, citation.docNumber)}
            </button>
          ) : (
            <span className="relation-name">
              {named(citation.title, citation.docNumber)}
              {citation.law ? <span className="chip relation-law">{zh.relations.law}</span> : null}
              <span className="muted relation-note">{zh.relations.notInLibrary}</span>
              <Button
                size="sm"
                variant="ghost"
                icon="search"
                aria-label={zh.relations.searchForLabel(named(citation.title, citation.docNumber))}
                onClick={() => {
                  setQuery(citation.docNumber ?? citation.title ?? '');
                  navigate('search');
                }}
              >
                {zh.relations.searchFor}
              </Button>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function CitedByList({ relations }: { relations: LinkedRelations }) {
  const openNotice = useNavigation((state) => state.openNotice);
  if (relations.citedBy.length === 0) return <p className="muted">{zh.relations.noCitedBy}</p>;
  return (
    <ul className="meta-items relation-list">
      {relations.citedBy.map((citing) => (
        <li key={citing.id} className="relation-item">
          <span className={`chip relation-chip${relations.validity.endedBy?.id === citing.id ? ' chip-danger' : ''}`}>{citing.relation ? zh.codes.relations[citing.relation] : zh.relations.mentioned}</span>
          <button type="button" className="link-button relation-name" onClick={() => openNotice(citing.id)}>
            {citing.title}
          </button>
        </li>
      ))}
    </ul>
  );
}
