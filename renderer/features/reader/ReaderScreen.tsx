// The notice reader: the title and text set for reading, the particulars beside it. A
// notice the parser was unsure of says so (需核对) and leads to 更正; 原文 shows the text
// it was read from (and a saved page as it looked) in place of the typeset body.
import type { BulletinId, NoticeId } from '../../../shared/model/ids.ts';
import { useEffect, useRef, useState } from 'react';
import { zh } from '../../platform/i18n/index.ts';
import { Button, EmptyState, formatTimestamp } from '../../ui/index.ts';
import { CorrectNoticeDialog } from './CorrectNoticeDialog.tsx';
import { useNoticeDetail } from './useNoticeDetail.ts';
import { useNavigation } from '../../core/index.ts';
import { NoticeBody } from './NoticeBody.tsx';
import { NoticeMeta } from './NoticeMeta.tsx';
import { ValidityBadge } from '../../ui/index.ts';
import { useNoticeRelations } from './useNoticeRelations.ts';
import { RelationDiagram } from './RelationDiagram.tsx';
import { ReviewBanner } from './ReviewBanner.tsx';
import { OriginalPane } from './OriginalPane.tsx';

export function ReaderScreen({ id }: { id: NoticeId }) {
  const detail = useNoticeDetail(id);
  const relations = useNoticeRelations(id);
  const openNotice = useNavigation((state) => state.openNotice);
  const back = useNavigation((state) => state.back);
  const depth = useNavigation((state) => state.readerStack.length);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [correcting, setCorrecting] = useState(false);
  // 原文 stays open for the notice it was opened on; another notice opens on its text.
  const [originalOf, setOriginalOf] = useState<BulletinId | null>(null);
  const showOriginal = originalOf === id;
  const review = detail?.notice.review ?? [];

  useEffect(() => {
    // A new notice starts at its top, with the keyboard on 返回.
    scrollRef.current?.scrollTo({ top: 0 });
    scrollRef.current?.querySelector<HTMLButtonElement>('.reader-back')?.focus();
  }, [id]);

  return (
    <div className="reader" ref={scrollRef}>
      <div className="reader-bar">
        <Button className="reader-back" variant="ghost" icon="back" onClick={back}>
          {depth > 1 ? zh.common.back : zh.reader.back}
        </Button>
        {detail ? (
          <div className="reader-bar-actions">
            <Button
              className="reader-original"
              variant="ghost"
              icon="file"
              aria-pressed={showOriginal}
              title={zh.reader.original.toggleHint}
              onClick={() => setOriginalOf(showOriginal ? null : id)}
            >
              {zh.reader.original.toggle}
            </Button>
            <Button className="reader-correct" variant="ghost" icon="edit" onClick={() => setCorrecting(true)}>
              {zh.reader.correct}
            </Button>
          </div>
        ) : null}
      </div>
      {correcting && detail ? <CorrectNoticeDialog notice={detail.notice} onClose={() => setCorrecting(false)} /> : null}
      {detail === undefined ? (
        <div className="screen-loading" aria-busy="true" />
      ) : detail === null ? (
        <EmptyState icon="alert" title={zh.reader.notFound} />
      ) : (
        <div className={showOriginal ? 'reader-layout with-original' : 'reader-layout'}>
          {review.length > 0 ? <ReviewBanner fields={review} originalShown={showOriginal} onShowOriginal={() => setOriginalOf(id)} onCorrect={() => setCorrecting(true)} /> : null}
          <article className="reader-article" aria-labelledby="reader-title">
            <header className="reader-header">
              <span className="reader-chips">
                <span className="chip chip-accent">{detail.notice.category}</span>
                {review.includes('title') ? <span className="chip chip-warning reader-check">{zh.reader.review.fieldMark}</span> : null}
              </span>
              <h1 id="reader-title" className="reader-title">
                {detail.notice.title}
              </h1>
              {detail.notice.docNumber ? <p className="reader-docnumber">{detail.notice.docNumber}</p> : null}
              {detail.notice.edited ? (
                <p className="reader-edited">
                  {zh.reader.corrected(detail.notice.edited.fields.map((field) => zh.noticeFields.labels[field]).join('、'), formatTimestamp(detail.notice.edited.at))}
                </p>
              ) : null}
              {relations ? (
                <p className="reader-validity" aria-label={zh.relations.validity}>
                  <ValidityBadge validity={relations.validity} showReason />
                  {relations.validity.endedBy ? (
                    <button type="button" className="link-button" onClick={() => openNotice(relations.validity.endedBy?.id ?? id)}>
                      {zh.relations.openEnder(zh.codes.relations[relations.validity.endedBy.relation])}
                    </button>
                  ) : null}
                </p>
              ) : null}
            </header>
            {!showOriginal && relations && (relations.cites.some((c) => c.target !== 'self') || relations.citedBy.length > 0) ? (
              <section className="reader-relations" aria-label={zh.relations.diagram}>
                <h2 className="reader-section-title">{zh.relations.title}</h2>
                <RelationDiagram title={detail.notice.title} relations={relations} onOpen={openNotice} />
              </section>
            ) : null}
            {showOriginal ? (
              <section aria-label={zh.reader.original.toggle}>
                <OriginalPane notice={detail.notice} sources={detail.sources} />
              </section>
            ) : (
              <section aria-label={zh.reader.body}>
                <NoticeBody notice={detail.notice} citedIds={detail.citedIds} />
              </section>
            )}
          </article>
          <NoticeMeta detail={detail} relations={relations ?? null} />
        </div>
      )}
    </div>
  );
}
