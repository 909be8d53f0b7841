// While an import runs: overall progress and one bar per file, in a card that leaves
// the rest of the window usable (the heavy work is in the import worker).
import { useShallow } from 'zustand/react/shallow';
import { zh } from '../../platform/i18n/index.ts';
import { Button, ProgressBar } from '../../ui/index.ts';
import { useImport, type FileProgress } from './store.ts';

const FINISHED = new Set(['done', 'skipped', 'failed', 'cancelled']);

export function ImportProgressPanel() {
  const { running, files, overall, abort } = useImport(useShallow((state) => ({ running: state.running, files: state.files, overall: state.overall, abort: state.abort })));
  if (!running) return null;
  const done = files.filter((file) => FINISHED.has(file.stage)).length;
  return (
    <section className="import-panel" aria-label={zh.importer.progressLabel}>
      <header className="import-panel-header">
        <h2>{zh.importer.running(done, files.length)}</h2>
        <span className="import-panel-percent">{overall}%</span>
      </header>
      <ProgressBar value={overall} label={zh.importer.overall} />
      <ul className="import-file-list">
        {files.map((file, index) => (
          <FileRow key={`${index}:${file.name}`} file={file} />
        ))}
      </ul>
      {abort ? (
        <footer className="import-panel-footer">
          <Button size="sm" variant="ghost" onClick={abort}>
            {zh.importer.cancel}
          </Button>
        </footer>
      ) : null}
    </section>
  );
}

function FileRow({ file }: { file: FileProgress }) {
  const tone = file.stage === 'failed' ? 'danger' : file.stage === 'done' ? 'success' : file.stage === 'skipped' || file.stage === 'cancelled' ? 'muted' : 'accent';
  return (
    <li className="import-file">
      <div className="import-file-line">
        <span className="import-file-name" title={file.name}>
          {file.name}
        </span>
        <span className={`import-file-stage stage-${file.stage}`}>{zh.importer.stages[file.stage]}</span>
      </div>
      <ProgressBar value={file.percent} label={zh.importer.fileProgress(file.name)} tone={tone} />
    </li>
  );
}
