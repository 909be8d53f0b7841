// Opens the library database before anything else shows, asks the browser to keep it
// (persistent storage), and says in words when the library cannot be opened.
import { useEffect, useState, type ReactNode } from 'react';
import { zh } from '../platform/i18n/index.ts';
import { getBridge } from '../platform/bridge/index.ts';
import { BrandSeal, Button, Icon } from '../ui/index.ts';
import { openLibrary, requestPersistentStorage, type ConnectionEvent, type LibraryDb } from '../data/library/index.ts';
import { LibraryProvider, useAppStatus, messageOf } from '../core/index.ts';

type Opening =
  | { state: 'opening'; blocked: boolean }
  | { state: 'open'; db: LibraryDb }
  | { state: 'failed'; message: string }
  /** Another window opened the library with a newer version: this one stepped aside. */
  | { state: 'superseded' };

export function LibraryGate({ children }: { children: ReactNode }) {
  const [opening, setOpening] = useState<Opening>({ state: 'opening', blocked: false });

  useEffect(() => {
    let cancelled = false;
    let opened: LibraryDb | null = null;
    const onConnection = (event: ConnectionEvent): void => {
      if (cancelled) return;
      if (event === 'blocked') setOpening((current) => (current.state === 'opening' ? { state: 'opening', blocked: true } : current));
      else setOpening({ state: 'superseded' });
    };
    openLibrary(undefined, onConnection).then(
      (db) => {
        opened = db;
        if (cancelled) db.close();
        else setOpening({ state: 'open', db });
      },
      (error: unknown) => {
        if (!cancelled) setOpening({ state: 'failed', message: messageOf(error) });
      },
    );
    requestPersistentStorage(undefined, getBridge().runtime).then(
      (state) => useAppStatus.getState().setPersistence(state),
      () => useAppStatus.getState().setPersistence('unsupported'),
    );
    return () => {
      cancelled = true;
      opened?.close();
    };
  }, []);

  if (opening.state === 'open') return <LibraryProvider db={opening.db}>{children}</LibraryProvider>;
  return (
    <div className="splash">
      <div className="splash-inner">
        <BrandSeal />
        {opening.state === 'opening' ? (
          <>
            <div className="spinner" />
            <p>{opening.blocked ? zh.errors.libraryBlocked : zh.common.loading}</p>
          </>
        ) : opening.state === 'superseded' ? (
          <div className="error-panel" role="alert">
            <Icon name="alert" size={28} />
            <h2>{zh.errors.librarySuperseded}</h2>
            <p>{zh.errors.librarySupersededHint}</p>
            <Button variant="primary" onClick={() => window.location.reload()}>
              {zh.errors.reload}
            </Button>
          </div>
        ) : (
          <div className="error-panel" role="alert">
            <Icon name="alert" size={28} />
            <h2>{zh.errors.libraryUnavailable}</h2>
            <p>{zh.errors.libraryUnavailableHint}</p>
            <p className="error-panel-detail">{opening.message}</p>
            <Button variant="primary" onClick={() => window.location.reload()}>
              {zh.errors.reload}
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
