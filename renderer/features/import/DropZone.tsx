// Files and folders dropped anywhere on the window are imported.
// While files are dragged over the window an overlay says what will happen.
import { useEffect, useState } from 'react';
import { zh } from '../../platform/i18n/index.ts';
import { Icon } from '../../ui/index.ts';
import { importDropped } from './import-actions.ts';
import { useLibrary, reportError } from '../../core/index.ts';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function DropZone() {
  const db = useLibrary();
  const [over, setOver] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; count them to know when the
    // pointer really left the window.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setOver(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without preventDefault the browser would open the dropped file in the window.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      if (!event.dataTransfer) return;
      importDropped(db, event.dataTransfer).catch(reportError);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [db]);

  if (!over) return null;
  return (
    <div className="drop-overlay" aria-live="polite">
      <div className="drop-card">
        <Icon name="import" size={36} />
        <p className="drop-title">{zh.importer.dropTitle}</p>
        <p className="muted">{zh.importer.dropBody}</p>
      </div>
    </div>
  );
}
