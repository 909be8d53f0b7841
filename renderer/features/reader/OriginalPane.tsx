// 原文 in the reader: the text the notice was read from, in place of the typeset body and
// beside the fields, so the consultant checks what the parser made of it (the notice's
// title is marked and scrolled to: a bulletin's text holds many notices). A saved web page
// can also be shown as it looked (网页原样), in a sandboxed frame that runs no script and
// loads nothing (see page-srcdoc.ts). Files imported before originals were kept have none.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { StoredBulletin, StoredNotice } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { bulletinLabel } from '../../ui/index.ts';
import { pageSrcdoc } from './page-srcdoc.ts';
import { useNoticeOriginal } from './useNoticeOriginal.ts';

type View = 'text' | 'page';

export function OriginalPane({ notice, sources }: { notice: StoredNotice; sources: readonly StoredBulletin[] }) {
  const original = useNoticeOriginal(notice);
  const [view, setView] = useState<View>('text');
  if (original === undefined) {
    return (
      <p className="muted original-status" role="status">
        {zh.reader.original.loading}
      </p>
    );
  }
  if (original === null) return <p className="original-none">{zh.reader.original.none}</p>;
  const source = sources.find((bulletin) => bulletin.id === original.id);
  const name = source ? bulletinLabel(source) : zh.reader.original.toggle;
  const html = original.html;
  const shown: View = html !== null ? view : 'text';
  return (
    <div className="original">
      <div className="original-head">
        <span className="original-source">{zh.reader.original.from(name)}</span>
        {html !== null ? (
          <div className="segmented inline" role="group" aria-label={zh.reader.original.views}>
            <button type="button" className="segment" aria-pressed={shown === 'text'} onClick={() => setView('text')}>
              {zh.reader.original.text}
            </button>
            <button type="button" className="segment" aria-pressed={shown === 'page'} onClick={() => setView('page')}>
              {zh.reader.original.page}
            </button>
          </div>
        ) : null}
      </div>
      {shown === 'page' && html !== null ? <PageFrame html={html} name={name} /> : <OriginalText text={original.text} title={notice.title} name={name} />}
    </div>
  );
}

/** The text as read, the notice's title marked where it first appears. */
function OriginalText({ text, title, name }: { text: string; title: string; name: string }) {
  const box = useRef<HTMLPreElement>(null);
  const at = useMemo(() => findTitle(text, title), [text, title]);
  useEffect(() => {
    const pane = box.current;
    const mark = pane?.querySelector<HTMLElement>('.original-title');
    // Only when it is out of sight (deep in a bulletin): a single notice opens at its top.
    if (pane && mark && mark.offsetTop + mark.offsetHeight > pane.clientHeight) pane.scrollTop = Math.max(0, mark.offsetTop - pane.clientHeight / 3);
  }, [at]);
  return (
    <pre className="original-text" ref={box} tabIndex={0} aria-label={zh.reader.original.textLabel(name)}>
      {at === null ? (
        text
      ) : (
        <>
          {text.slice(0, at.start)}
          <mark className="original-title" title={zh.reader.original.titleHere}>
            {text.slice(at.start, at.end)}
          </mark>
          {text.slice(at.end)}
        </>
      )}
    </pre>
  );
}

/** Where the title is in the text: all of it, else its first words (a wrapped title). */
function findTitle(text: string, title: string): { start: number; end: number } | null {
  for (const probe of [title, title.slice(0, 12)]) {
    if (probe.length < 4) continue;
    const start = text.indexOf(probe);
    if (start >= 0) return { start, end: start + probe.length };
  }
  return null;
}

/** The saved page as it looked: no script runs, nothing is fetched, links go nowhere. */
function PageFrame({ html, name }: { html: string; name: string }) {
  const srcdoc = useMemo(() => pageSrcdoc(html), [html]);
  return (
    <figure className="original-page">
      <figcaption className="muted original-page-hint">{zh.reader.original.pageHint}</figcaption>
      <iframe className="original-frame" sandbox="" srcDoc={srcdoc} title={zh.reader.original.pageLabel(name)} referrerPolicy="no-referrer" />
    </figure>
  );
}
