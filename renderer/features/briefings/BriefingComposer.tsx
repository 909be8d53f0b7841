// Composing one client's briefing: the settings bar (client, period, design, title,
// 保存简报), the notices that go in (editable, in order) and the document's preview.
import { useShallow } from 'zustand/react/shallow';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { issueTitle, yearOf } from '../../../shared/model/briefing.ts';
import type { Client } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { briefingsOfClient, getProfile, nextIssue } from '../../data/library/index.ts';
import { saveBriefing } from '../../data/briefing/index.ts';
import { todayIso } from '../../ui/index.ts';
import { buildBriefing, briefingFileName, type BriefingSpec } from './briefing-build.ts';
import { composeItems } from './briefing-items.ts';
import { useClientNotices, useLibrary, reportError, toast, type BriefingCandidate, type ClientSummary } from '../../core/index.ts';
import { useBriefingDraft } from './store.ts';
import { BriefingItemList } from './BriefingItemList.tsx';
import { BriefingPreview } from './BriefingPreview.tsx';
import { BriefingSetup } from './BriefingSetup.tsx';
import { ProfileNotice } from './ProfileNotice.tsx';
import { SavedBriefingPanel } from './SavedBriefingPanel.tsx';

export function BriefingComposer({ summaries, client }: { summaries: readonly ClientSummary[]; client: Client }) {
  const db = useLibrary();
  const data = useClientNotices(client.id);
  const profile = useLiveQuery(() => getProfile(db), [db]);
  const records = useLiveQuery(() => briefingsOfClient(db, client.id), [db, client.id]);
  const { from, to, template, title, issueNumber, edits, order, saved, showSaved } = useBriefingDraft(
    useShallow((state) => ({ from: state.from, to: state.to, template: state.template, title: state.title, issueNumber: state.issueNumber, edits: state.edits, order: state.order, saved: state.saved, showSaved: state.showSaved })),
  );
  const [saving, setSaving] = useState(false);

  const today = todayIso();
  // 期号: the client's next of the year unless the consultant set one.
  const next = nextIssue(records ?? [], yearOf(today));
  const issue = { year: next.year, number: issueNumber ?? next.number };
  const tagged = data?.notices ?? [];
  const candidates = tagged.filter((candidate) => inPeriod(candidate, from, to));
  const { included, others } = composeItems(candidates, edits, order);
  // A title cleared to nothing prints the default one.
  const printedTitle = title?.trim() || issueTitle(issue);
  const spec: BriefingSpec | null = profile ? { client, profile, title: printedTitle, from, to, date: today, template, items: included } : null;

  const save = () => {
    if (!spec || spec.items.length === 0 || saving) return;
    setSaving(true);
    buildBriefing(db, spec)
      .then((briefing) => saveBriefing(db, briefing, { clientId: client.id, noticeIds: spec.items.map((item) => item.noticeId), suggestedName: briefingFileName(spec), issue }))
      .then(
        (result) => {
          setSaving(false);
          if (!result) return;
          // The builder shows what was saved until 新建简报.
          showSaved(result.record);
          toast('success', result.runtime === 'web' ? zh.briefing.downloaded(result.fileName) : zh.briefing.saved(result.fileName));
        },
        (error: unknown) => {
          setSaving(false);
          reportError(error);
        },
      );
  };

  if (saved && saved.clientId === client.id) return <SavedBriefingPanel record={saved} />;

  return (
    <div className="composer">
      <BriefingSetup summaries={summaries} defaultTitle={issueTitle(issue)} issueNumber={issue.number} canSave={spec !== null && included.length > 0 && records !== undefined} saving={saving} onSave={save} />
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
