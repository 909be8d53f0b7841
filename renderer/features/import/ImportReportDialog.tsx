// The report at the end of an import: first what needs the consultant (texts refused as
// no policy notice, notices to check: ReportAttention), then what was added, which notices
// were merged as duplicates of notices already in the library, what was already imported,
// and what failed, each failure with its reason.
import { zh } from '../../platform/i18n/index.ts';
import type { FileOutcome, ImportReport } from '../../data/import/index.ts';
import { Button, Dialog, Icon, type IconName } from '../../ui/index.ts';
import { useImport } from './store.ts';
import { importProblemText } from './problem-text.ts';
import { useNavigation } from '../../core/index.ts';
import { ImportImpact } from './ImportImpact.tsx';
import { ReportAttention, isRefusedText } from './ReportAttention.tsx';

export function ImportReportDialog() {
  const report = useImport((state) => state.report);
  const close = useImport((state) => state.closeReport);
  if (!report) return null;
  return (
    <Dialog
      title={zh.importer.report.title}
      onClose={close}
      size="lg"
      footer={
        <>
          <Button onClick={close}>{zh.common.close}</Button>
          <Button
            variant="primary"
            onClick={() => {
              close();
              useNavigation.getState().navigate('library');
            }}
          >
            {zh.importer.report.openLibrary}
          </Button>
        </>
      }
    >
      <ImportImpact report={report} onLeave={close} />
      <ReportBody report={report} onLeave={close} />
    </Dialog>
  );
}

/** `onLeave` closes the report when the consultant opens a notice from it. */
export function ReportBody({ report, onLeave = () => {} }: { report: ImportReport; onLeave?: () => void }) {
  // Refused texts are listed at the top, with what to do; not a second time among the files.
  const files = report.files.map((file, index) => ({ file, index })).filter(({ file }) => !isRefusedText(file));
  return (
    <div className="import-report">
      <div className="report-totals">
        <Total label={zh.importer.report.added} value={report.added.files} detail={zh.importer.report.noticesAdded(report.added.notices)} tone="success" />
        <Total label={zh.importer.report.merged} value={report.merged.length} tone="accent" />
        <Total label={zh.importer.report.skipped} value={report.skipped} tone="muted" />
        <Total label={zh.importer.report.failed} value={report.failed} tone={report.failed > 0 ? 'danger' : 'muted'} />
      </div>
      <ReportAttention report={report} onLeave={onLeave} />
      {files.length > 0 ? (
        <ul className="report-files" aria-label={zh.importer.report.title}>
          {files.map(({ file, index }) => (
            <OutcomeRow key={`${index}:${file.fileName}`} outcome={file} />
          ))}
        </ul>
      ) : null}
      {report.merged.length > 0 ? (
        <section className="report-merged">
          <h3>{zh.importer.report.merged}</h3>
          <p className="muted">{zh.importer.report.mergedHint}</p>
          <ul>
            {report.merged.map((notice) => (
              <li key={notice.noticeId}>{zh.importer.report.mergedItem(notice.title, zh.common.list(notice.alsoIn))}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function Total({ label, value, detail, tone }: { label: string; value: number; detail?: string; tone: string }) {
  return (
    <div className={`report-total tone-${tone}`}>
      <span className="report-total-value">{value}</span>
      <span className="report-total-label">{label}</span>
      {detail ? <span className="report-total-detail">{detail}</span> : null}
    </div>
  );
}

const OUTCOME_ICONS: Record<FileOutcome['status'], IconName> = { added: 'check', skipped: 'info', failed: 'alert', cancelled: 'close' };

function OutcomeRow({ outcome }: { outcome: FileOutcome }) {
  return (
    <li className={`report-file outcome-${outcome.status}`}>
      <Icon name={OUTCOME_ICONS[outcome.status]} />
      <span className="report-file-name">{outcome.fileName}</span>
      <span className="report-file-detail">
        {outcome.status === 'added'
          ? zh.importer.report.fileAdded(outcome.addedNoticeIds.length, outcome.merged.length)
          : importProblemText(outcome.fileName, outcome.problem)}
      </span>
      {outcome.status === 'added' && outcome.reading !== null ? <p className="report-file-reading">{zh.importer.report.reading(zh.codes.reading(outcome.reading))}</p> : null}
      {outcome.status === 'added' && outcome.warnings.length > 0 ? (
        <ul className="report-file-warnings">
          {outcome.warnings.map((warning) => zh.codes.extractWarning(outcome.fileName, warning)).map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
