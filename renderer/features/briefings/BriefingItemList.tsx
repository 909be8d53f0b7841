// The notices of the briefing, in order (each can move up or down, with buttons or by
// dragging, and be taken out), then the client's other notices that can be put in.
import type { NoticeId } from '../../../shared/model/ids.ts';
import { useState } from 'react';
import type { Client } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { EmptyState } from '../../ui/index.ts';
import { moveItem, placeItem, type DraftItem } from './briefing-items.ts';
import { useBriefingDraft } from './store.ts';
import { BriefingItemCard } from './BriefingItemCard.tsx';
import { OtherNoticeRow } from './OtherNoticeRow.tsx';

type BriefingItemListProps = { client: Client; included: readonly DraftItem[]; others: readonly DraftItem[]; outside: number };

export function BriefingItemList({ client, included, others, outside }: BriefingItemListProps) {
  const edit = useBriefingDraft((state) => state.edit);
  const setOrder = useBriefingDraft((state) => state.setOrder);
  const [dragging, setDragging] = useState<NoticeId | null>(null);
  const ids = included.map((item) => item.noticeId);

  return (
    <div className="briefing-items">
      <h3 className="composer-section-title">
        {zh.briefing.included(included.length)}
        <span className="muted composer-section-hint">{zh.briefing.orderHint}</span>
      </h3>
      {included.length === 0 ? (
        <EmptyState icon="briefing" title={zh.briefing.nothingIncluded.title}>
          <p>{others.length > 0 ? zh.briefing.nothingIncluded.pick : zh.briefing.nothingIncluded.tagFirst(client.name)}</p>
        </EmptyState>
      ) : (
        <ol className="briefing-item-list" aria-label={zh.briefing.itemsLabel}>
          {included.map((item, index) => (
            <BriefingItemCard
              key={item.noticeId}
              item={item}
              position={index + 1}
              count={included.length}
              dragging={dragging === item.noticeId}
              onMove={(delta) => setOrder(moveItem(ids, item.noticeId, delta))}
              onRemove={() => {
                setOrder(ids.filter((id) => id !== item.noticeId));
                edit(item.noticeId, { included: false });
              }}
              onDragStart={() => setDragging(item.noticeId)}
              onDragEnd={() => setDragging(null)}
              onDropBefore={() => {
                if (dragging !== null) setOrder(placeItem(ids, dragging, item.noticeId));
                setDragging(null);
              }}
            />
          ))}
        </ol>
      )}
      {others.length > 0 ? (
        <>
          <h3 className="composer-section-title">
            {zh.briefing.others(others.length)}
            <span className="muted composer-section-hint">{zh.briefing.othersHint}</span>
          </h3>
          <ul className="other-notices">
            {others.map((item) => (
              <OtherNoticeRow
                key={item.noticeId}
                item={item}
                onInclude={() => {
                  setOrder([...ids, item.noticeId]);
                  edit(item.noticeId, { included: true });
                }}
              />
            ))}
          </ul>
        </>
      ) : null}
      {outside > 0 ? <p className="muted composer-outside">{zh.briefing.outsidePeriod(outside)}</p> : null}
    </div>
  );
}
