// The relevance of one tag, changed in place. The choice shows at once; the library
// write follows (and the choice goes back, with the error in words, if it fails).
import { useState } from 'react';
import type { Assignment, Relevance } from '../../shared/model/library.ts';
import { updateAssignment } from '../data/library/index.ts';
import { useLibrary, reportError } from '../core/index.ts';
import { RelevancePicker } from './RelevancePicker.tsx';

export function TagRelevance({ assignment, label }: { assignment: Assignment; label: string }) {
  const db = useLibrary();
  const [shown, setShown] = useState<{ stored: Relevance; value: Relevance }>({ stored: assignment.relevance, value: assignment.relevance });
  // A change stored elsewhere (another screen, a restore) replaces what is shown.
  if (shown.stored !== assignment.relevance) setShown({ stored: assignment.relevance, value: assignment.relevance });
  return (
    <RelevancePicker
      compact
      label={label}
      value={shown.value}
      onChange={(relevance) => {
        setShown({ stored: shown.stored, value: relevance });
        updateAssignment(db, assignment.id, { relevance }).catch((error: unknown) => {
          setShown({ stored: assignment.relevance, value: assignment.relevance });
          reportError(error);
        });
      }}
    />
  );
}
