// The top of the import report: what the consultant must act on, before the other
// outcomes. A refused text (no policy notice found) with its first lines, the reason and
// 保存为通知, which opens 粘贴导入 with the text to save it with the fields typed by hand;
// a notice kept although the parser was unsure of some fields (需核对) with its first
// lines, the fields to check and a way to open it in the reader.
import type { NoticeId } from '../../../shared/model/ids.ts';
import type { ReviewField } from '../../../shared/model/notice.ts';
import type { FileOutcome, ImportReport, NoticeToCheck } from '../../data/import/index.ts';
import { useNavigation } from '../../core/index.ts';
import { zh } from '../../platform/i18n/index.ts';
import { Button, Icon } from '../../ui/index.ts';
import { firstLinesOf } from './first-lines.ts';
import { useImport, usePasteImport } from './store.ts';

/** A file the parser found no notice in, by its index in the report. */
export type RefusedFile = { fileIndex: number; fileName: string; reason: string; text: string };

/** A notice of an added file to check, with the file it came from. */
export type CheckItem = NoticeToCheck & { fileName: string };

/** Whether an outcome is a refused text (listed at the top, not again among the files). */
export function isRefusedText(outcome: FileOutcome): boolean {
  return outcome.status === 'failed' && outcome.problem.code === 'not-a-notice';
}

export function refusedFiles(report: ImportReport): RefusedFile[] {
  return report.files.flatMap((file, fileIndex) =>
    file.status === 'failed' && file.problem.code === 'not-a-notice' ? [{ fileIndex, fileName: file.fileName, reason: zh.codes.refusals[file.problem.refusal], text: file.problem.text }] : [],
  );
}

export function noticesToCheck(report: ImportReport): CheckItem[] {
  return report.files.flatMap((file) => (file.status === 'added' ? file.toCheck.map((notice) => ({ ...notice, fileName: file.fileName })) : []));
}

function FirstLines({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <div className="report-first-lines" aria-label={zh.importer.report.firstLines}>
      {lines.map((line, i) => (
        <p key={i} className="report-first-line" title={line}>
          {line}
        </p>
      ))}
    </div>
  );
}

function fieldNames(fields: readonly ReviewField[]): string {
  return fields.map((field) => zh.noticeFields.labels[field]).join('、');
}

/** Opens a notice in the reader, leaving the report. */
function openInReader(noticeId: NoticeId, onLeave: () => void): void {
  onLeave();
  useNavigation.getState().openNotice(noticeId);
}

function RefusedItem({ file, onLeave }: { file: RefusedFile; onLeave: () => void }) {
  const words = zh.importer.report;
  const savedId = useImport((state) => state.savedAsNotice[file.fileIndex]);
  return (
    <li className="report-item report-refused">
      <Icon name="alert" />
      <div className="report-item-head">
        <span className="report-file-name">{file.fileName}</span>
        <span className="report-tag tag-refused">{words.refusedTag}</span>
      </div>
      <FirstLines lines={firstLinesOf(file.text)} />
      <p className="report-reason">{words.reason(file.reason)}</p>
      {savedId === undefined ? (
        <div className="report-advice">
          <p>{words.refusedAdvice}</p>
          <Button size="sm" variant="primary" onClick={() => usePasteImport.getState().show({ fileIndex: file.fileIndex, fileName: file.fileName, text: file.text })}>
            {words.saveAsNotice}
          </Button>
        </div>
      ) : (
        <div className="report-advice report-saved">
          <p>{words.savedAsNotice}</p>
          <Button size="sm" onClick={() => openInReader(savedId, onLeave)}>
            {words.openSaved}
          </Button>
        </div>
      )}
    </li>
  );
}

function CheckNotice({ notice, onLeave }: { notice: CheckItem; onLeave: () => void }) {
  const words = zh.importer.report;
  return (
    <li className="report-item report-to-check">
      <Icon name="info" />
      <div className="report-item-head">
        <span className="report-notice-title">{notice.title}</span>
        <span className="report-tag tag-check">{words.toCheckTag}</span>
      </div>
      <p className="report-item-file">{words.fromFile(notice.fileName)}</p>
      <FirstLines lines={notice.firstLines} />
      <div className="report-advice">
        <p className="report-check-fields">{words.checkFields(fieldNames(notice.fields))}</p>
        <Button size="sm" onClick={() => openInReader(notice.noticeId, onLeave)}>
          {words.openToCheck}
        </Button>
      </div>
    </li>
  );
}

export function ReportAttention({ report, onLeave }: { report: ImportReport; onLeave: () => void }) {
  const refused = refusedFiles(report);
  const toCheck = noticesToCheck(report);
  const total = refused.length + toCheck.length;
  if (total === 0) return null;
  const words = zh.importer.report;
  return (
    <section className="report-attention" aria-label={words.attention(total)}>
      <h3>{words.attention(total)}</h3>
      <p className="muted">{words.attentionHint}</p>
      <ul className="report-items">
        {refused.map((file) => (
          <RefusedItem key={`refused:${file.fileIndex}`} file={file} onLeave={onLeave} />
        ))}
        {toCheck.map((notice) => (
          <CheckNotice key={`check:${notice.noticeId}`} notice={notice} onLeave={onLeave} />
        ))}
      </ul>
    </section>
  );
}
