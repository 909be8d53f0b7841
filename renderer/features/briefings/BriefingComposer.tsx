// Composing one client's briefing: the settings bar (client, period, design, title,
// 保存简报), the notices that go in (editable, in order) and the document's preview.
import { useShallow } from 'zustand/react/shallow';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { defaultBriefingTitle } from '../../../shared/model/briefing.ts';
import type { Client } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { getProfile } from '../../data/library/index.ts';
import { saveBriefing } from '../../data/briefing/index.ts';
import { todayIso } from '../../ui/index.ts';
import { useClientNotices, type ClientSummary } from '../clients/index.ts';
import { buildBriefing, briefingFileName, type BriefingSpec } from './briefing-build.ts';
import { composeItems, type BriefingCandidate } from './briefing-items.ts';
import { useLibrary, reportError, toast } from '../../core/index.ts';
import { useBriefingDraft } from './store.ts';
import { BriefingItemList } from './BriefingItemList.tsx';
import { BriefingPreview } from './BriefingPreview.tsx';
import { BriefingSetup } from './BriefingSetup.tsx';
import { ProfileNotice } from './ProfileNotice.tsx';

export function BriefingComposer({ summaries, client }: { summaries: readonly ClientSummary[]; client: Client }) {
  const db = useLibrary();
  const data = useClientNotices(client.id);
  const profile = useLiveQuery(() => getProfile(db), [db]);
  const { from, to, template, title, edits, order, restart } = useBriefingDraft(useShallow((state) => ({ from: state.from, to: state.to, template: state.template, title: state.title, edits: state.edits, order: state.order, restart: state.restart })));
  const [saving, setSaving] = useState(false);

  const today = todayIso();
  const tagged = data?.notices ?? [];
  const candidates = tagged.filter((candidate) => inPeriod(candidate, from, to));
  const { included, others } = composeItems(candidates, edits, order);
  // A title cleared to nothing prints the default one.
  const printedTitle = title?.trim() || defaultBriefingTitle(today);
  const spec: BriefingSpec | null = profile ? { client, profile, title: printedTitle, from, to, date: today, template, items: included } : null;

  const save = () => {
    if (!spec || spec.items.length === 0 || saving) return;
    setSaving(true);
    buildBriefing(db, spec)
      .then((briefing) => saveBriefing(db, briefing, { clientId: client.id, noticeIds: spec.items.map((item) => item.noticeId), suggestedName: briefingFileName(spec) }))
      .then(
        (saved) => {
          setSaving(false);
          if (!saved) return;
          restart();
          toast('success', saved.runtime === 'web' ? zh.briefing.downloaded(saved.fileName) : zh.briefing.saved(saved.fileName));
        },
        (error: unknown) => {
          setSaving(false);
          reportError(error);
        },
      );
  };

  return (
    <div className="composer">
      <BriefingSetup summaries={summaries} defaultTitle={defaultBriefingTitle(today)} canSave={spec !== null && included.length > 0} saving={saving} onSave={save} />
      <div className="composer-panes">
        <section className="composer-editor" aria-label={zh.briefing.contents}>
          {profile ? <ProfileNotice profile={profile} /> : null}
          {data === undefined ? (
            <div className="screen-loading" aria-busy="true" />
          ) : (
            <BriefingItemList client={client} included={included} others={others} outside={tagged.length - candidates.length} />
          )}
        </section>
        <section className="composer-preview" aria-label={zh.briefing.preview.label}>
          <BriefingPreview spec={spec} />
        </section>
      </div>
    </div>
  );
}

/** Within the chosen period (by the notice's date); an undated notice is never left out for it. */
function inPeriod(candidate: BriefingCandidate, from: string, to: string): boolean {
  const date = candidate.notice.date;
  if (date === null) return true;
  return (from === '' || date >= from) && (to === '' || date <= to);
}
