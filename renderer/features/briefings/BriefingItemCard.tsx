// One notice in the briefing: its place (move up / down, or drag by the handle), title,
// relevance and note (the tag's own), the excerpt (要点) for this briefing, 移出.
import { useId, useState, type DragEvent, type MouseEvent } from 'react';
import { zh } from '../../platform/i18n/index.ts';
import { updateTag } from '../../data/library/index.ts';
import { Button, DeadlineBadge, Icon, NoteEditor, TagRelevance, todayIso } from '../../ui/index.ts';
import type { DraftItem } from './briefing-items.ts';
import { deadlinesOf, orderedDeadlines } from '../../../shared/model/deadlines.ts';
import { useLibrary } from '../../core/index.ts';
import { useBriefingDraft } from './store.ts';

type BriefingItemCardProps = {
  item: DraftItem;
  position: number;
  count: number;
  dragging: boolean;
  onMove: (delta: number) => void;
  onRemove: () => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDropBefore: () => void;
};

export function BriefingItemCard({ item, position, count, dragging, onMove, onRemove, onDragStart, onDragEnd, onDropBefore }: BriefingItemCardProps) {
  const db = useLibrary();
  const edit = useBriefingDraft((state) => state.edit);
  const excerptId = useId();
  const [excerptOpen, setExcerptOpen] = useState(item.excerpt !== '');
  const { notice } = item;
  const today = todayIso();
  // The applicant's next deadline first, as the document prints it.
  const deadlines = orderedDeadlines(deadlinesOf(notice), today);
  const next = deadlines[0];
  // Moving a card re-orders the list, and a node the list moves loses the keyboard focus:
  // it goes back to this card's arrow (or the other one, at either end).
  const move = (event: MouseEvent<HTMLButtonElement>, delta: number) => {
    const pressed = event.currentTarget;
    const arrows = pressed.parentElement;
    onMove(delta);
    requestAnimationFrame(() => {
      const enabled = [...(arrows?.querySelectorAll<HTMLButtonElement>('button') ?? [])].filter((button) => !button.disabled);
      (enabled.find((button) => button === pressed) ?? enabled[0])?.focus();
    });
  };
  const allowDrop = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };
  return (
    <li
      className={dragging ? 'briefing-item dragging' : 'briefing-item'}
      onDragOver={allowDrop}
      onDrop={(event) => {
        event.preventDefault();
        onDropBefore();
      }}
    >
      <div className="briefing-item-order">
        <span
          className="drag-handle"
          draggable
          aria-hidden="true"
          title={zh.briefing.dragHint}
          onDragStart={(event) => {
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', String(item.noticeId));
            onDragStart();
          }}
          onDragEnd={onDragEnd}
        >
          <Icon name="grip" size={16} />
        </span>
        <span className="briefing-item-number">{position}</span>
        <Button size="sm" variant="ghost" icon="arrowUp" aria-label={zh.briefing.moveUp(notice.title)} disabled={position === 1} onClick={(event) => move(event, -1)} />
        <Button size="sm" variant="ghost" icon="arrowDown" aria-label={zh.briefing.moveDown(notice.title)} disabled={position === count} onClick={(event) => move(event, 1)} />
      </div>
      <div className="briefing-item-body">
        <div className="briefing-item-head">
          <h4 className="briefing-item-title">{notice.title}</h4>
          <Button size="sm" variant="ghost" icon="close" aria-label={zh.briefing.remove(notice.title)} onClick={onRemove} />
        </div>
        <div className="meta-line">
          <span className="chip">{notice.category}</span>
          {notice.docNumber ? <span>{notice.docNumber}</span> : null}
          {notice.date ? <span>{notice.date}</span> : null}
          {next ? <DeadlineBadge deadline={next.date} today={today} /> : null}
          {deadlines.length > 1 ? (
            <span className="muted briefing-item-deadlines" title={deadlines.map((d) => zh.briefing.deadlineOf(d.date, d.party)).join('\n')}>
              {zh.briefing.moreDeadlines(deadlines.length - 1)}
            </span>
          ) : null}
        </div>
        <div className="briefing-item-fields">
          <TagRelevance tag={item.tag} label={zh.tagging.relevanceOf(notice.title)} />
          <NoteEditor note={item.note} subject={notice.title} onSave={(note) => updateTag(db, item.tag.id, { note })} />
        </div>
        {excerptOpen ? (
          <div className="field briefing-excerpt">
            <label className="field-label" htmlFor={excerptId}>
              {zh.briefing.excerpt}
            </label>
            <textarea
              id={excerptId}
              className="input textarea"
              rows={2}
              value={item.excerpt}
              placeholder={zh.briefing.excerptPlaceholder}
              onChange={(event) => edit(item.noticeId, { excerpt: event.target.value })}
              autoFocus={item.excerpt === ''}
            />
          </div>
        ) : (
          <button type="button" className="link-button add-excerpt" aria-label={zh.briefing.addExcerptFor(notice.title)} onClick={() => setExcerptOpen(true)}>
            {zh.briefing.addExcerpt}
          </button>
        )}
      </div>
    </li>
  );
}
