// Over the notice list while notices are chosen: how many, 关联客户 and 取消关联 for all
// of them at once, and 清除选择.
import { useShallow } from 'zustand/react/shallow';
import { useEffect, useState } from 'react';
import { zh } from '../../platform/i18n/index.ts';
import { Button } from '../../ui/index.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import { getNoticeSummaries } from '../../data/library/index.ts';
import { useLibrary } from '../../core/index.ts';
import { useSelection } from './selection.ts';
import { TagDialog, UntagDialog } from '../tagging/index.ts';

export function SelectionBar() {
  const { selected, clear, drop } = useSelection(useShallow((state) => ({ selected: state.selected, clear: state.clear, drop: state.drop })));
  const [open, setOpen] = useState<'tag' | 'untag' | null>(null);
  const db = useLibrary();

  // Chosen notices that leave the library (their bulletin deleted, a backup restored) are
  // no longer chosen: tagging them would fail. A live query over the chosen ids hears of
  // it from any window.
  const key = [...selected].join(',');
  const gone = useLiveQuery(async () => {
    const ids = key === '' ? [] : key.split(',');
    const found = await getNoticeSummaries(db, ids);
    return ids.filter((_, i) => found[i] === undefined);
  }, [db, key]);
  useEffect(() => {
    if (gone && gone.length > 0) drop(gone);
  }, [gone, drop]);

  if (selected.size === 0) return null;
  const ids = [...selected];
  return (
    <div className="selection-bar" role="region" aria-label={zh.library.selection.label}>
      <span className="selection-count" data-testid="selection-count">
        {zh.library.selection.count(selected.size)}
      </span>
      <Button size="sm" variant="primary" icon="tag" onClick={() => setOpen('tag')}>
        {zh.tagging.tagAction}
      </Button>
      <Button size="sm" icon="unlink" onClick={() => setOpen('untag')}>
        {zh.tagging.untag}
      </Button>
      <Button size="sm" variant="ghost" onClick={clear}>
        {zh.library.selection.clear}
      </Button>
      {open === 'tag' ? <TagDialog noticeIds={ids} onClose={() => setOpen(null)} onTagged={clear} /> : null}
      {open === 'untag' ? <UntagDialog noticeIds={ids} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
