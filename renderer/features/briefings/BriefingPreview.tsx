// The briefing as Word will show it, drawn from the very .docx that 保存简报 writes.
// Redrawn a moment after the last edit (building and drawing take a few hundred ms), the
// old pages staying in view meanwhile; scaled to the pane's width.
import { useEffect, useRef, useState } from 'react';
import { zh } from '../../platform/i18n/index.ts';
import { loadBriefingPreview } from '../../data/briefing/index.ts';
import { EmptyState, useAsyncResult } from '../../ui/index.ts';
import { buildBriefing, type BriefingSpec } from './briefing-build.ts';
import { useLibrary, messageOf } from '../../core/index.ts';

const SETTLE_MS = 400;
/** An A4 page as docx-preview draws it (210 mm at 96 dpi), and the margin around it. */
const PAGE_PX = 794;
const GUTTER_PX = 40;

type State = { state: 'empty' } | { state: 'rendering' } | { state: 'ready' } | { state: 'failed'; message: string };

/** What the last drawing of `key` came to. */
type Outcome = { key: string; failed: string | null };

export function BriefingPreview({ spec }: { spec: BriefingSpec | null }) {
  const db = useLibrary();
  const paneRef = useRef<HTMLDivElement>(null);
  const pagesRef = useRef<HTMLDivElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [zoom, setZoom] = useState(1);
  const key = spec && spec.items.length > 0 ? previewKey(spec) : null;
  // The spec to draw changes only when what the document depends on does (its key), not
  // on every render that rebuilds an equal spec.
  const [drawn, setDrawn] = useState<{ key: string | null; spec: BriefingSpec | null }>({ key, spec });
  if (drawn.key !== key) setDrawn({ key, spec });

  useAsyncResult(
    () => {
      const current = drawn.spec;
      if (drawn.key === null || !current) {
        pagesRef.current?.replaceChildren();
        return null;
      }
      return Promise.all([buildBriefing(db, current), loadBriefingPreview()]).then(([briefing, { renderBriefingPreview }]) => renderBriefingPreview(briefing));
    },
    [db, drawn],
    {
      onResult: (pages) => {
        pagesRef.current?.replaceChildren(pages);
        setOutcome({ key: drawn.key ?? '', failed: null });
      },
      onError: (error) => setOutcome({ key: drawn.key ?? '', failed: messageOf(error) }),
    },
    { delayMs: drawn.key === null ? 0 : SETTLE_MS },
  );

  useEffect(() => {
    const pane = paneRef.current;
    if (!pane) return;
    const observer = new ResizeObserver(() => setZoom(Math.min(1, (pane.clientWidth - GUTTER_PX) / PAGE_PX)));
    observer.observe(pane);
    return () => observer.disconnect();
  }, []);

  const state = previewState(key, outcome);
  return (
    <div className="preview-pane" ref={paneRef}>
      <div className="preview-status" role="status" aria-live="polite">
        {state.state === 'rendering' ? (
          <>
            <span className="spinner small" />
            {zh.briefing.preview.rendering}
          </>
        ) : state.state === 'ready' ? (
          zh.briefing.preview.ready
        ) : null}
      </div>
      {state.state === 'empty' ? (
        <EmptyState icon="eye" title={zh.briefing.preview.emptyTitle}>
          <p>{zh.briefing.preview.emptyBody}</p>
        </EmptyState>
      ) : null}
      {state.state === 'failed' ? (
        <EmptyState icon="alert" title={zh.briefing.preview.failed}>
          <p className="error-panel-detail">{state.message}</p>
        </EmptyState>
      ) : null}
      <div className="preview-pages" ref={pagesRef} style={{ zoom }} data-testid="briefing-preview" hidden={state.state === 'empty' || state.state === 'failed'} />
    </div>
  );
}

function previewState(key: string | null, outcome: Outcome | null): State {
  if (key === null) return { state: 'empty' };
  // Until the current key is drawn, the previous pages stay in view under a spinner.
  if (outcome?.key !== key) return { state: 'rendering' };
  return outcome.failed === null ? { state: 'ready' } : { state: 'failed', message: outcome.failed };
}

/** Everything the document depends on, as one string: the preview is redrawn when it changes. */
function previewKey(spec: BriefingSpec): string {
  return JSON.stringify([
    spec.client.id,
    spec.client.updatedAt,
    spec.profile,
    spec.title,
    spec.from,
    spec.to,
    spec.date,
    spec.template,
    spec.items.map((item) => [item.noticeId, item.note, item.excerpt, item.relevance]),
  ]);
}
