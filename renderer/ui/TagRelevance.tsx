// The relevance of one tag, changed in place. The choice shows at once; the library
// write follows (and the choice goes back, with the error in words, if it fails).
import { useState } from 'react';
import type { Relevance, Tag } from '../../shared/model/library.ts';
import { updateTag } from '../data/library/index.ts';
import { useLibrary, reportError } from '../core/index.ts';
import { RelevancePicker } from './RelevancePicker.tsx';

export function TagRelevance({ tag, label }: { tag: Tag; label: string }) {
  const db = useLibrary();
  const [shown, setShown] = useState<{ stored: Relevance; value: Relevance }>({ stored: tag.relevance, value: tag.relevance });
  // A change stored elsewhere (another screen, a restore) replaces what is shown.
  if (shown.stored !== tag.relevance) setShown({ stored: tag.relevance, value: tag.relevance });
  return (
    <RelevancePicker
      compact
      label={label}
      value={shown.value}
      onChange={(relevance) => {
        setShown({ stored: shown.stored, value: relevance });
        updateTag(db, tag.id, { relevance }).catch((error: unknown) => {
          setShown({ stored: tag.relevance, value: tag.relevance });
          reportError(error);
        });
      }}
    />
  );
}
