// Adds a client by name from the tag dialog, for the company that is not in the list
// yet; its other particulars can be filled in later on the 客户 screen.
import { useState } from 'react';
import type { Client } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { createClient } from '../../data/library/index.ts';
import { Button } from '../../ui/index.ts';
import { EMPTY_CLIENT, validateClient, useLibrary, reportError } from '../../core/index.ts';

export function QuickAddClient({ clients, onAdded }: { clients: readonly Client[]; onAdded: (client: Client) => void }) {
  const db = useLibrary();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const input = { ...EMPTY_CLIENT, name };
  const error = name.trim() === '' ? undefined : validateClient(input, clients, null).name;
  const add = () => {
    if (name.trim() === '' || error || busy) return;
    setBusy(true);
    createClient(db, input).then(
      (client) => {
        setBusy(false);
        setName('');
        onAdded(client);
      },
      (failure: unknown) => {
        setBusy(false);
        reportError(failure);
      },
    );
  };
  return (
    <div className="quick-add">
      <input
        className="input"
        value={name}
        aria-label={zh.tagging.quickAddName}
        placeholder={zh.tagging.quickAddName}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
            event.preventDefault();
            add();
          }
        }}
      />
      <Button icon="plus" disabled={name.trim() === '' || Boolean(error) || busy} onClick={add}>
        {zh.tagging.quickAdd}
      </Button>
      {error ? <span className="field-error">{error}</span> : null}
    </div>
  );
}
