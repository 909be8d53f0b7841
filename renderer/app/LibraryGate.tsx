// Opens the library database before anything else shows, asks the browser to keep it
// (persistent storage), and says in words when the library cannot be opened.
import { useEffect, useState, type ReactNode } from 'react';
import { zh } from '../platform/i18n/index.ts';
import { BrandSeal, Button, Icon } from '../ui/index.ts';
import { openLibrary, requestPersistentStorage, type LibraryDb } from '../data/library/index.ts';
import { LibraryProvider, useAppStatus, messageOf } from '../core/index.ts';

type Opening = { state: 'opening' } | { state: 'open'; db: LibraryDb } | { state: 'failed'; message: string };

export function LibraryGate({ children }: { children: ReactNode }) {
  const [opening, setOpening] = useState<Opening>({ state: 'opening' });

  useEffect(() => {
    let cancelled = false;
    let opened: LibraryDb | null = null;
    openLibrary().then(
      (db) => {
        opened = db;
        if (cancelled) db.close();
        else setOpening({ state: 'open', db });
      },
      (error: unknown) => {
        if (!cancelled) setOpening({ state: 'failed', message: messageOf(error) });
      },
    );
    requestPersistentStorage().then(
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
            <p>{zh.common.loading}</p>
          </>
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
