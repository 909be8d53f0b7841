// The notice text, typeset like the document it is: numbered headings, indented
// paragraphs, the signature and date set to the right. Web links open through the
// bridge; a cited 文号 that is in the library opens that notice.
import type { NoticeId } from '../../../shared/model/ids.ts';
import { useEffect, useMemo, useRef } from 'react';
import type { StoredNotice } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { paragraphKind, type ParagraphKind } from '../../../shared/parse/paragraph-kind.ts';
import { segmentParagraph, type Segment } from './link-segments.ts';
import { openLink, useNavigation } from '../../core/index.ts';

const TAGS: Record<ParagraphKind, 'h2' | 'h3' | 'p'> = {
  heading: 'h2',
  subheading: 'h3',
  article: 'p',
  salutation: 'p',
  closing: 'p',
  text: 'p',
};

export function NoticeBody({ notice, citedIds }: { notice: StoredNotice; citedIds: ReadonlyMap<string, NoticeId> }) {
  const paragraphs = useMemo(
    () =>
      notice.body.map((text, index) => ({
        kind: paragraphKind(text, index, notice.body, notice.agencies),
        segments: segmentParagraph(text, notice.citedDocNumbers),
      })),
    [notice],
  );
  // The evidence of a 推荐 reason: its paragraphs are marked and the first scrolled to.
  const evidence = useNavigation((state) => (state.evidence?.noticeId === notice.id ? state.evidence : null));
  const marked = useMemo(() => new Set(evidence?.paragraphs ?? []), [evidence]);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = body.current?.querySelector('.para-evidence');
    if (first && 'scrollIntoView' in first) first.scrollIntoView({ block: 'center' });
  }, [marked]);
  if (paragraphs.length === 0) return <p className="muted">{zh.reader.emptyBody}</p>;
  return (
    <div className="notice-body" ref={body}>
      {paragraphs.map((paragraph, index) => {
        const Tag = TAGS[paragraph.kind];
        return (
          <Tag key={index} className={`para para-${paragraph.kind}${marked.has(index) ? ' para-evidence' : ''}`} title={marked.has(index) ? zh.match.evidenceHere : undefined}>
            {paragraph.segments.map((segment, i) => (
              <SegmentView key={i} segment={segment} citedIds={citedIds} />
            ))}
          </Tag>
        );
      })}
    </div>
  );
}

function SegmentView({ segment, citedIds }: { segment: Segment; citedIds: ReadonlyMap<string, NoticeId> }) {
  const openNotice = useNavigation((state) => state.openNotice);
  if (segment.kind === 'url') {
    return (
      <button type="button" className="link-button inline-link" onClick={() => openLink(segment.text)} aria-label={zh.reader.openLink(segment.text)}>
        {segment.text}
      </button>
    );
  }
  const target = segment.kind === 'doc' ? citedIds.get(segment.text) : undefined;
  if (target !== undefined) {
    return (
      <button type="button" className="link-button inline-doc" onClick={() => openNotice(target)} title={zh.reader.citedInLibrary}>
        {segment.text}
      </button>
    );
  }
  return <>{segment.text}</>;
}
