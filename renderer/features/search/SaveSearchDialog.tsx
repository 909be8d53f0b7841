// Names the current search and saves it with its filters.
import { useId, useState } from 'react';
import { zh } from '../../platform/i18n/index.ts';
import { Button, Dialog } from '../../ui/index.ts';
import { useLibrary, reportError, toast } from '../../core/index.ts';
import { saveSearch } from './saved-searches.ts';
import type { SearchFilters } from '../../../shared/search/index.ts';

export function SaveSearchDialog({ query, filters, onClose }: { query: string; filters: SearchFilters; onClose: () => void }) {
  const db = useLibrary();
  const [name, setName] = useState(query.trim());
  const id = useId();
  const submit = () => {
    const trimmed = name.trim();
    if (trimmed === '') return;
    saveSearch(db, { name: trimmed, query: query.trim(), filters, savedAt: new Date().toISOString() }).then(() => {
      toast('success', zh.search.savedToast(trimmed));
      onClose();
    }, reportError);
  };
  return (
    <Dialog
      title={zh.search.save}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{zh.common.cancel}</Button>
          <Button variant="primary" disabled={name.trim() === ''} onClick={submit}>
            {zh.common.save}
          </Button>
        </>
      }
    >
      <form
        className="field"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label className="field-label" htmlFor={id}>
          {zh.search.saveName}
        </label>
        <input id={id} className="input" value={name} placeholder={zh.search.saveNamePlaceholder} onChange={(event) => setName(event.target.value)} autoFocus />
      </form>
    </Dialog>
  );
}
