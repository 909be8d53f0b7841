// The notice reader: the title and text set for reading, the particulars beside it.
import { useEffect, useRef } from 'react';
import { zh } from '../../platform/i18n/index.ts';
import { Button, EmptyState } from '../../ui/index.ts';
import { useNoticeDetail } from './useNoticeDetail.ts';
import { useNavigation } from '../../core/index.ts';
import { NoticeBody } from './NoticeBody.tsx';
import { NoticeMeta } from './NoticeMeta.tsx';

export function ReaderScreen({ id }: { id: number }) {
  const detail = useNoticeDetail(id);
  const back = useNavigation((state) => state.back);
  const depth = useNavigation((state) => state.readerStack.length);
  const scrollRef = useRef<HTMLDivElement>(null);

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
      </div>
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
            </header>
            <section aria-label={zh.reader.body}>
              <NoticeBody notice={detail.notice} citedIds={detail.citedIds} />
            </section>
          </article>
          <NoticeMeta detail={detail} />
        </div>
      )}
    </div>
  );
}
