// The relation diagram: the notice in the middle, the documents it cites on the left
// (arrows out, named by relation), the notices citing it on the right (arrows in); the
// one that repealed or amended it drawn in red. Documents in the library are solid and
// open on a click; the ones not in it are dashed. A picture to take in at a glance —
// the lists beside it say the same for the keyboard and screen readers.
import type { NoticeId } from '../../../shared/model/ids.ts';
import { ENDING_RELATIONS, type Validity } from '../../../shared/relations/types.ts';
import type { LinkedRelations } from '../../data/library/index.ts';
import { zh } from '../../platform/i18n/index.ts';

const WIDTH = 720;
const NODE_W = 180;
const NODE_H = 40;
const ROW = 52;
const PAD = 16;
/** Nodes per side; the rest are counted in a last line. */
const MAX_NODES = 6;
const TITLE_CHARS = 12;

type Node = { key: string; label: string; sub: string | null; relation: string; id: NoticeId | null; ending: boolean };

function short(text: string, chars = TITLE_CHARS): string {
  return text.length > chars ? `${text.slice(0, chars - 1)}…` : text;
}

function citedNodes(relations: LinkedRelations): Node[] {
  return relations.cites
    .filter((c) => c.target !== 'self')
    .map((c, i) => {
      const target = c.target === 'self' ? null : c.target;
      const title = c.citation.title ?? target?.title ?? c.citation.docNumber ?? '';
      return {
        key: `c${i}`,
        label: short(`《${title}》`),
        sub: c.citation.docNumber,
        relation: c.citation.relation ? zh.codes.relations[c.citation.relation] : zh.relations.mentioned,
        id: target?.id ?? null,
        ending: c.citation.relation !== null && ENDING_RELATIONS.has(c.citation.relation),
      };
    });
}

function citingNodes(relations: LinkedRelations): Node[] {
  const enderId = relations.validity.endedBy?.id;
  return relations.citedBy.map((c) => ({
    key: `b${c.id}`,
    label: short(c.title),
    sub: c.docNumber ?? c.date,
    relation: c.relation ? zh.codes.relations[c.relation] : zh.relations.mentioned,
    id: c.id,
    ending: c.id === enderId,
  }));
}

function tone(validity: Validity): string {
  if (validity.status === 'in-force') return 'ok';
  if (validity.status === 'amended') return 'warn';
  if (validity.status === 'unknown') return 'plain';
  return 'bad';
}

export function RelationDiagram({ title, relations, onOpen }: { title: string; relations: LinkedRelations; onOpen: (id: NoticeId) => void }) {
  const left = citedNodes(relations);
  const right = citingNodes(relations);
  const shownLeft = left.slice(0, MAX_NODES);
  const shownRight = right.slice(0, MAX_NODES);
  const rows = Math.max(1, shownLeft.length + (left.length > MAX_NODES ? 1 : 0), shownRight.length + (right.length > MAX_NODES ? 1 : 0));
  const height = PAD * 2 + rows * ROW;
  const centerX = (WIDTH - NODE_W) / 2;
  const centerY = height / 2 - NODE_H / 2;
  const rowY = (i: number, count: number): number => height / 2 - (count * ROW) / 2 + i * ROW + (ROW - NODE_H) / 2;
  const leftCount = shownLeft.length + (left.length > MAX_NODES ? 1 : 0);
  const rightCount = shownRight.length + (right.length > MAX_NODES ? 1 : 0);

  const nodeView = (node: Node, x: number, y: number) => (
    <g
      key={node.key}
      className={`rel-node${node.id !== null ? ' in-library' : ' missing'}${node.ending ? ' ending' : ''}`}
      transform={`translate(${x} ${y})`}
      onClick={node.id !== null ? () => onOpen(node.id as NoticeId) : undefined}
    >
      <title>{node.id !== null ? `${node.label} · ${zh.relations.inLibrary}` : `${node.label} · ${zh.relations.notInLibrary}`}</title>
      <rect width={NODE_W} height={NODE_H} rx={8} />
      <text x={10} y={node.sub ? 17 : 25} className="rel-label">
        {node.label}
      </text>
      {node.sub ? (
        <text x={10} y={32} className="rel-sub">
          {short(node.sub, 22)}
        </text>
      ) : null}
    </g>
  );

  const edge = (key: string, x1: number, y1: number, x2: number, y2: number, label: string, ending: boolean) => {
    const mx = (x1 + x2) / 2;
    const my = (y1 + y2) / 2;
    return (
      <g key={key} className={`rel-edge${ending ? ' ending' : ''}`}>
        <path d={`M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}`} markerEnd={ending ? 'url(#rel-arrow-ending)' : 'url(#rel-arrow)'} />
        <text x={mx} y={my - 4} textAnchor="middle" className="rel-edge-label">
          {label}
        </text>
      </g>
    );
  };

  const more = (count: number, x: number, y: number, key: string) => (
    <text key={key} x={x + 10} y={y + 24} className="rel-more">
      {zh.relations.moreNodes(count)}
    </text>
  );

  return (
    <figure className="relation-diagram">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={zh.relations.diagramLabel(title, left.length, right.length)}>
        <defs>
          <marker id="rel-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="rel-arrow" />
          </marker>
          <marker id="rel-arrow-ending" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="rel-arrow ending" />
          </marker>
        </defs>
        {shownLeft.map((node, i) => edge(`e${node.key}`, centerX, centerY + NODE_H / 2, PAD + NODE_W, rowY(i, leftCount) + NODE_H / 2, node.relation, node.ending))}
        {shownRight.map((node, i) => edge(`e${node.key}`, WIDTH - PAD - NODE_W, rowY(i, rightCount) + NODE_H / 2, centerX + NODE_W, centerY + NODE_H / 2, node.relation, node.ending))}
        {shownLeft.map((node, i) => nodeView(node, PAD, rowY(i, leftCount)))}
        {left.length > MAX_NODES ? more(left.length - MAX_NODES, PAD, rowY(MAX_NODES, leftCount), 'more-left') : null}
        {shownRight.map((node, i) => nodeView(node, WIDTH - PAD - NODE_W, rowY(i, rightCount)))}
        {right.length > MAX_NODES ? more(right.length - MAX_NODES, WIDTH - PAD - NODE_W, rowY(MAX_NODES, rightCount), 'more-right') : null}
        <g className={`rel-node center ${tone(relations.validity)}`} transform={`translate(${centerX} ${centerY})`}>
          <rect width={NODE_W} height={NODE_H} rx={8} />
          <text x={10} y={17} className="rel-label">
            {short(title)}
          </text>
          <text x={10} y={32} className="rel-sub">
            {`${zh.relations.thisNotice} · ${relations.validity.status}`}
          </text>
        </g>
      </svg>
      <figcaption className="visually-hidden">{zh.relations.diagramLabel(title, left.length, right.length)}</figcaption>
    </figure>
  );
}
