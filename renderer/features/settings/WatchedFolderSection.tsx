// 设置 → 自动导入文件夹: which folder the desktop app watches, choose or change it, stop.
// The main process keeps the folder across restarts; in a browser the section says why
// it is not there.
import { useState } from 'react';
import type { WatchedFolderState } from '../../../shared/ipc/contract.ts';
import { getBridge } from '../../platform/bridge/index.ts';
import { zh } from '../../platform/i18n/index.ts';
import { reportError } from '../../core/index.ts';
import { Button, useAsyncResult } from '../../ui/index.ts';

export function WatchedFolderSection() {
  const bridge = getBridge();
  const [state, setState] = useState<WatchedFolderState | null>(null);
  useAsyncResult(() => bridge.getWatchedFolder(), [bridge], { onResult: setState, onError: reportError });
  const words = zh.settings.watchedFolder;
  if (bridge.runtime === 'web') return <p className="muted">{words.webOnly}</p>;
  const folder = state?.folder ?? null;
  return (
    <>
      <p className="watched-folder-state" data-testid="watched-folder">
        {folder === null ? words.none : state?.watching ? words.watching(folder) : words.notWatching(folder)}
      </p>
      <div className="settings-actions">
        <Button icon="folder" onClick={() => {
            bridge.chooseWatchedFolder().then(setState, reportError);
          }}>
          {folder === null ? words.choose : words.change}
        </Button>
        {folder !== null ? <Button onClick={() => {
              bridge.clearWatchedFolder().then(setState, reportError);
            }}>{words.clear}</Button> : null}
      </div>
    </>
  );
}
