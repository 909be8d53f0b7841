// Where a list waits for the search index: building it (with progress), or why it could
// not be opened.
import { zh } from '../platform/i18n/index.ts';
import { useAppStatus } from '../core/index.ts';
import { Button } from './Button.tsx';
import { EmptyState } from './EmptyState.tsx';
import { ProgressBar } from './ProgressBar.tsx';

export function IndexState() {
  const index = useAppStatus((state) => state.index);
  if (index.state === 'failed') {
    return (
      <EmptyState icon="alert" title={zh.errors.searchUnavailable(index.message)} actions={<Button onClick={() => window.location.reload()}>{zh.errors.reload}</Button>} />
    );
  }
  if (index.state === 'building') {
    const percent = index.total > 0 ? (index.done / index.total) * 100 : 0;
    return (
      <div className="index-state" role="status">
        <p>{zh.status.index.building(index.done, index.total)}</p>
        <ProgressBar value={percent} label={zh.status.index.label} />
        <p className="muted">{zh.status.index.buildingHint}</p>
      </div>
    );
  }
  return <div className="screen-loading" aria-busy="true" />;
}
