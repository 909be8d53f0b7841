// 截止日期: application deadlines of the notices tagged to clients (or of every notice),
// soonest first with days left and the clients concerned; passed ones folded away at the
// end. 导出日历 saves the ones still ahead as an .ics file.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { zh } from '../../platform/i18n/index.ts';
import { Button, EmptyState, todayIso } from '../../ui/index.ts';
import { groupDeadlines } from './deadline-groups.ts';
import { deadlinesToExport, exportDeadlines, loadDeadlines } from './deadline-list.ts';
import { useLibrary, reportError } from '../../core/index.ts';
import { useDeadlinesView } from './store.ts';
import { DeadlineSection } from './DeadlineSection.tsx';

export function DeadlinesScreen() {
  const db = useLibrary();
  const includeUntagged = useDeadlinesView((state) => state.includeUntagged);
  const setIncludeUntagged = useDeadlinesView((state) => state.setIncludeUntagged);
  const includePassed = useDeadlinesView((state) => state.includePassed);
  const setIncludePassed = useDeadlinesView((state) => state.setIncludePassed);
  const passedToggleId = useId();
  const whyNoExportId = useId();
  const items = useLiveQuery(() => loadDeadlines(db, includeUntagged), [db, includeUntagged]);
  const toggleId = useId();
  const today = todayIso();

  if (items === undefined) return <div className="screen-loading" aria-busy="true" />;
  const groups = groupDeadlines(items, today);
  const upcoming = groups.filter((group) => group.id !== 'passed').reduce((sum, group) => sum + group.items.length, 0);
  const exportable = deadlinesToExport(items, today, includePassed).length;
  // A disabled button says nothing by itself: why there is nothing to export, and what would help.
  const whyNoExport = exportable > 0 ? null : items.length === 0 ? zh.deadlines.exportWhyNone : zh.deadlines.exportWhyPassedOnly;

  return (
    <div className="deadlines">
      <div className="list-header deadlines-header">
        <span className="list-count" data-testid="deadline-count">
          {zh.deadlines.summary(upcoming, items.length - upcoming, today)}
        </span>
        <label className="toggle" htmlFor={toggleId}>
          <input id={toggleId} type="checkbox" checked={includeUntagged} onChange={(event) => setIncludeUntagged(event.target.checked)} />
          <span>{zh.deadlines.includeUntagged}</span>
        </label>
        <label className="toggle" htmlFor={passedToggleId}>
          <input id={passedToggleId} type="checkbox" checked={includePassed} onChange={(event) => setIncludePassed(event.target.checked)} />
          <span>{zh.deadlines.includePassed}</span>
        </label>
        <Button
          size="sm"
          icon="calendar"
          disabled={exportable === 0}
          title={whyNoExport ?? zh.deadlines.exportCount(exportable)}
          aria-describedby={whyNoExport ? whyNoExportId : undefined}
          onClick={() => {
            exportDeadlines(items, today, includePassed).catch(reportError);
          }}
        >
          {zh.deadlines.export}
        </Button>
        {whyNoExport ? (
          <span id={whyNoExportId} className="muted deadlines-export-why" data-testid="export-why">
            {whyNoExport}
          </span>
        ) : null}
      </div>
      <div className="deadlines-scroll">
        {groups.length === 0 ? (
          <EmptyState icon="calendar" title={includeUntagged ? zh.deadlines.empty.allTitle : zh.deadlines.empty.title}>
            <p>{includeUntagged ? zh.deadlines.empty.allBody : zh.deadlines.empty.body}</p>
          </EmptyState>
        ) : (
          <div className="deadline-sections">
            {groups.map((group) => (
              <DeadlineSection key={group.id} group={group} />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
