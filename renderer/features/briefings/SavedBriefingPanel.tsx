// After 保存简报: what was saved (title, 期号, file, notices), 再次下载 the same file,
// and 新建简报 to start the next one. The draft's notices now count as sent, so the
// builder would show none of them; this panel shows the record instead.
import type { BriefingRecord } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { Button, EmptyState, formatTimestamp } from '../../ui/index.ts';
import { useLibrary, reportError, toast } from '../../core/index.ts';
import { downloadSavedBriefing } from '../../data/briefing/index.ts';
import { useBriefingDraft } from './store.ts';

export function SavedBriefingPanel({ record }: { record: BriefingRecord }) {
  const db = useLibrary();
  const restart = useBriefingDraft((state) => state.restart);
  const downloadAgain = () => {
    downloadSavedBriefing(db, record).then(
      (fileName) => {
        if (fileName) toast('success', zh.briefing.downloaded(fileName));
      },
      reportError,
    );
  };
  return (
    <div className="composer saved-briefing" role="region" aria-label={zh.briefing.savedPanel.label}>
      <EmptyState icon="check" title={zh.briefing.savedPanel.title(record.title)}>
        <p className="muted">
          {zh.briefing.savedPanel.detail(record.fileName, formatTimestamp(record.createdAt), record.noticeIds.length)}
        </p>
        <div className="saved-briefing-actions">
          <Button icon="download" onClick={downloadAgain}>
            {zh.briefing.savedPanel.downloadAgain}
          </Button>
          <Button variant="primary" icon="plus" onClick={restart}>
            {zh.briefing.savedPanel.newBriefing}
          </Button>
        </div>
      </EmptyState>
    </div>
  );
}
