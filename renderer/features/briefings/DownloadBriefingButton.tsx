// 下载 on a saved briefing's record: the very .docx that was saved, again. Records from
// before files were kept say why they cannot. A list asks once which of its records
// have their file (useKeptFiles), not once a row.
import type { BriefingId } from '../../../shared/model/ids.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import type { BriefingRecord } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { briefingsWithFiles } from '../../data/library/index.ts';
import { downloadSavedBriefing } from '../../data/briefing/index.ts';
import { Button } from '../../ui/index.ts';
import { useLibrary, reportError, toast } from '../../core/index.ts';

/** The ids of the records whose file was kept; undefined while loading. */
export function useKeptFiles(records: readonly BriefingRecord[]): ReadonlySet<BriefingId> | undefined {
  const db = useLibrary();
  const ids = records.map((record) => record.id);
  return useLiveQuery(() => briefingsWithFiles(db, ids), [db, ids.join()]);
}

export function DownloadBriefingButton({ record, kept }: { record: BriefingRecord; kept: boolean | undefined }) {
  const db = useLibrary();
  const download = () => {
    downloadSavedBriefing(db, record).then((fileName) => {
      if (fileName) toast('success', zh.briefing.downloaded(fileName));
    }, reportError);
  };
  return (
    <Button
      className="briefing-download"
      size="sm"
      icon="download"
      disabled={kept !== true}
      title={kept === false ? zh.briefing.noFileKept : undefined}
      aria-label={zh.briefing.downloadRecord(record.title)}
      onClick={download}
    >
      {zh.briefing.downloadShort}
    </Button>
  );
}
