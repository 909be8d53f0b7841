// 客户: the client list beside the open client's page; 新建客户, edit and delete. With no
// client yet, what clients are for and the button to make the first.
import { useShallow } from 'zustand/react/shallow';
import { zh } from '../../platform/i18n/index.ts';
import { Button, EmptyState } from '../../ui/index.ts';
import { useClientSummaries, useClientsView, type ClientSummary } from '../../core/index.ts';
import { ClientFormDialog } from './ClientFormDialog.tsx';
import { ClientList } from './ClientList.tsx';
import { ClientPage } from './ClientPage.tsx';
import { DeleteClientDialog } from './DeleteClientDialog.tsx';
import { ImportClientsDialog } from './ImportClientsDialog.tsx';

export function ClientsScreen() {
  const summaries = useClientSummaries();
  const { openClientId, openClient, newClient, openImport } = useClientsView(
    useShallow((state) => ({ openClientId: state.openClientId, openClient: state.openClient, newClient: state.newClient, openImport: state.openImport })),
  );

  if (summaries === undefined) return <div className="screen-loading" aria-busy="true" />;
  // The open client, or the first when none is chosen (or the chosen one was deleted).
  const selected = summaries.find((summary) => summary.client.id === openClientId) ?? summaries[0] ?? null;

  return (
    <>
      {selected === null ? (
        <EmptyState
          icon="users"
          title={zh.clients.empty.title}
          actions={
            <>
              <Button variant="primary" icon="plus" onClick={newClient}>
                {zh.clients.newClient}
              </Button>
              <Button icon="upload" onClick={openImport}>
                {zh.clients.importTable.button}
              </Button>
            </>
          }
        >
          <p>{zh.clients.empty.body}</p>
        </EmptyState>
      ) : (
        <div className="clients">
          <aside className="clients-rail" aria-label={zh.clients.listLabel}>
            <div className="clients-rail-header">
              <h2 className="section-title">{zh.clients.count(summaries.length)}</h2>
              <div className="clients-rail-actions">
                <Button size="sm" icon="upload" aria-label={zh.clients.importTable.button} title={zh.clients.importTable.button} onClick={openImport} />
                <Button size="sm" variant="primary" icon="plus" onClick={newClient}>
                  {zh.clients.newClient}
                </Button>
              </div>
            </div>
            <ClientList summaries={summaries} selected={selected.client.id} onSelect={openClient} />
          </aside>
          <section className="clients-main">
            <ClientPage key={selected.client.id} clientId={selected.client.id} />
          </section>
        </div>
      )}
      <ClientDialogs summaries={summaries} />
    </>
  );
}

/** The form and the delete question, wherever they were asked for (this screen, the menu). */
function ClientDialogs({ summaries }: { summaries: readonly ClientSummary[] }) {
  const { form, deleting, importing, closeForm, closeDelete, closeImport, openClient } = useClientsView(
    useShallow((state) => ({ form: state.form, deleting: state.deleting, importing: state.importing, closeForm: state.closeForm, closeDelete: state.closeDelete, closeImport: state.closeImport, openClient: state.openClient })),
  );
  const editing = form?.mode === 'edit' ? summaries.find((summary) => summary.client.id === form.clientId) : undefined;
  const doomed = summaries.find((summary) => summary.client.id === deleting);
  return (
    <>
      {form?.mode === 'new' ? <ClientFormDialog onClose={closeForm} onSaved={(client) => openClient(client.id)} /> : null}
      {editing ? <ClientFormDialog client={editing.client} onClose={closeForm} /> : null}
      {importing ? <ImportClientsDialog onClose={closeImport} /> : null}
      {doomed ? <DeleteClientDialog client={doomed.client} tagged={doomed.tagged} briefings={doomed.briefings} onClose={closeDelete} /> : null}
    </>
  );
}
