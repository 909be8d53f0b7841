// A tagged notice not in the briefing (sent before, or taken out), with 加入简报.
import { zh } from '../../platform/i18n/index.ts';
import { Button } from '../../ui/index.ts';
import type { DraftItem } from './briefing-items.ts';

export function OtherNoticeRow({ item, onInclude }: { item: DraftItem; onInclude: () => void }) {
  return (
    <li className="other-notice">
      <span className="other-notice-text">
        <span className="other-notice-title">{item.notice.title}</span>
        <span className="muted other-notice-meta">
          {[item.notice.docNumber, item.notice.date].filter(Boolean).join(' · ')}
          {item.sent ? ` · ${zh.briefing.sentBefore}` : ''}
        </span>
      </span>
      <Button size="sm" icon="plus" aria-label={zh.briefing.include(item.notice.title)} onClick={onInclude}>
        {zh.briefing.includeShort}
      </Button>
    </li>
  );
}
