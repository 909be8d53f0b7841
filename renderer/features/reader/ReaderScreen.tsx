// The notice reader: the title and text set for reading, the particulars beside it.
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

export function ReaderScreen({ id }: { id: number }) {
  const detail = useNoticeDetail(id);
  const relations = useNoticeRelations(id);
  const openNotice = useNavigation((state) => state.openNotice);
  const back = useNavigation((state) => state.back);
  const depth = useNavigation((state) => state.readerStack.length);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [correcting, setCorrecting] = useState(false);

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
          <Button className="reader-correct" variant="ghost" icon="edit" onClick={() => setCorrecting(true)}>
            {zh.reader.correct}
          </Button>
        ) : null}
      </div>
      {correcting && detail ? <CorrectNoticeDialog notice={detail.notice} onClose={() => setCorrecting(false)} /> : null}
      {detail === undefined ? (
        <div className="screen-loading" aria-busy="true" />
      ) : detail === null ? (
        <EmptyState icon="alert" title={zh.reader.notFound} />
      ) : (
        <div className="reader-layout">
          <article className="reader-article" aria-labelledby="reader-title">
            <header className="reader-header">
              <span className="chip chip-accent">{detail.notice.category}</span>
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
                      {zh.relations.openEnder(relations.validity.endedBy.relation)}
                    </button>
                  ) : null}
                </p>
              ) : null}
            </header>
            {relations && (relations.cites.some((c) => c.target !== 'self') || relations.citedBy.length > 0) ? (
              <section className="reader-relations" aria-label={zh.relations.diagram}>
                <h2 className="reader-section-title">{zh.relations.title}</h2>
                <RelationDiagram title={detail.notice.title} relations={relations} onOpen={openNotice} />
              </section>
            ) : null}
            <section aria-label={zh.reader.body}>
              <NoticeBody notice={detail.notice} citedIds={detail.citedIds} />
            </section>
          </article>
          <NoticeMeta detail={detail} relations={relations ?? null} />
        </div>
      )}
    </div>
  );
}
