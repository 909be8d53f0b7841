// 导入客户台账: pick an .xlsx or .csv, see how its columns were read (and change them), see
// per row what will happen (新建, 更新 with the fields, 无变化, 跳过 with why) and what could
// not be read, then import in one step. Nothing is written before the consultant confirms.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { CLIENT_COLUMNS, readClientTable, type Cell, type ClientColumn, type ClientRowProblem, type ColumnMapping } from '../../../shared/spreadsheet/client-rows.ts';
import { planClientImport, type ClientField, type ClientImportStep } from '../../../shared/spreadsheet/client-merge.ts';
import { zh } from '../../platform/i18n/index.ts';
import { getBridge } from '../../platform/bridge/index.ts';
import { importClients, listClients } from '../../data/library/index.ts';
import { GridError, readGrid } from '../../data/spreadsheet/index.ts';
import { Button, Dialog } from '../../ui/index.ts';
import { reportError, toast, useLibrary } from '../../core/index.ts';

type Loaded = { fileName: string; grid: Cell[][] };

const t = zh.clients.importTable;

/** The sheet column a client field is read from, for naming the fields an update changes. */
const COLUMN_OF_FIELD: Readonly<Record<ClientField, ClientColumn>> = {
  region: 'region',
  industry: 'industry',
  qualifications: 'qualifications',
  size: 'size',
  foundedYear: 'founded',
  keywords: 'keywords',
  contactPerson: 'contact',
  notes: 'notes',
};

export function problemText(problem: ClientRowProblem): string {
  switch (problem.kind) {
    case 'no-name':
      return t.problems['no-name'];
    case 'duplicate-name':
      return t.problems['duplicate-name'](problem.firstRow);
    case 'size-unknown':
      return t.problems['size-unknown'](problem.text);
    case 'year-unknown':
      return t.problems['year-unknown'](problem.text);
    case 'region-unknown':
      return t.problems['region-unknown'](problem.text);
  }
}

function stepDetails(step: ClientImportStep): string {
  const notes = step.problems.map(problemText);
  if (step.action === 'update') notes.unshift(t.changed(step.changed.map((field) => t.fields[COLUMN_OF_FIELD[field]])));
  return notes.join('；');
}

function stepName(step: ClientImportStep): string {
  if (step.action === 'skip') return '';
  return step.action === 'unchanged' ? step.name : step.values.name;
}

export function ImportClientsDialog({ onClose }: { onClose: () => void }) {
  const db = useLibrary();
  const clients = useLiveQuery(() => listClients(db), [db]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const table = useMemo(() => (loaded ? readClientTable(loaded.grid, mapping) : null), [loaded, mapping]);
  const steps = useMemo(() => (table && clients ? planClientImport(table.rows, clients) : []), [table, clients]);
  const creates = steps.filter((step) => step.action === 'create');
  const updates = steps.filter((step) => step.action === 'update');
  const skips = steps.filter((step) => step.action === 'skip');

  const pick = async () => {
    setError(null);
    try {
      const batch = await getBridge().openFiles({ kind: 'clientTable' });
      const file = batch?.files[0];
      if (!batch || !file) {
        if (batch && batch.skippedCount > 0) setError(t.errors['not-a-table']);
        return;
      }
      const grid = await readGrid(file.name, file.bytes);
      setMapping(undefined);
      setLoaded({ fileName: file.name, grid });
    } catch (caught) {
      if (caught instanceof GridError) setError(t.errors[caught.problem.kind]);
      else reportError(caught);
    }
  };

  const confirm = async () => {
    setBusy(true);
    try {
      const result = await importClients(db, {
        create: creates.map((step) => ({ ...step.values, reminderDays: null })),
        update: updates.map((step) => ({ id: step.clientId, input: step.values })),
      });
      toast('success', t.done(result.created.length, result.updated.length));
      onClose();
    } catch (caught) {
      reportError(caught);
    } finally {
      setBusy(false);
    }
  };

  const footer = (
    <>
      <Button onClick={onClose}>{zh.common.cancel}</Button>
      <Button variant="primary" disabled={busy || creates.length + updates.length === 0} onClick={() => void confirm()}>
        {creates.length + updates.length === 0 ? t.nothing : t.confirm(creates.length + updates.length)}
      </Button>
    </>
  );

  return (
    <Dialog title={t.title} onClose={onClose} size="lg" footer={loaded ? footer : undefined}>
      <p className="import-table-intro">{t.intro}</p>
      <div className="import-table-pick">
        <Button icon="upload" onClick={() => void pick()}>
          {t.pick}
        </Button>
        {loaded ? <span className="import-table-file">{loaded.fileName}</span> : null}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {table && table.headerRow === 0 ? (
        <p className="field-error" role="alert">
          {t.noHeader}
        </p>
      ) : null}
      {table && table.headerRow > 0 ? (
        <>
          <h3 className="import-table-heading">
            {t.columns} <span className="import-table-note">{t.headerRow(table.headerRow)}</span>
          </h3>
          <div className="import-table-columns">
            {CLIENT_COLUMNS.map((field) => (
              <ColumnPicker key={field} field={field} headers={table.headers} value={table.mapping[field]} onChange={(column) => setMapping({ ...table.mapping, [field]: column })} />
            ))}
          </div>
          <h3 className="import-table-heading">
            {t.rowsTitle} <span className="import-table-note">{t.summary(creates.length, updates.length, skips.length)}</span>
          </h3>
          <div className="import-table-rows">
            <table>
              <thead>
                <tr>
                  <th>{t.rowHeader.row}</th>
                  <th>{t.rowHeader.name}</th>
                  <th>{t.rowHeader.action}</th>
                  <th>{t.rowHeader.details}</th>
                </tr>
              </thead>
              <tbody>
                {steps.map((step) => (
                  <tr key={step.row} className={`import-step-${step.action}`}>
                    <td>{step.row}</td>
                    <td>{stepName(step)}</td>
                    <td>{t.actions[step.action]}</td>
                    <td>{stepDetails(step)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </Dialog>
  );
}

function ColumnPicker({ field, headers, value, onChange }: { field: ClientColumn; headers: readonly string[]; value: number | undefined; onChange: (column: number | undefined) => void }) {
  const id = `import-column-${field}`;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {t.fields[field]}
      </label>
      <select id={id} className="select" value={value === undefined ? '' : String(value)} onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}>
        <option value="">{t.columnNone}</option>
        {headers.map((header, at) => (
          <option key={at} value={String(at)}>
            {header || `#${at + 1}`}
          </option>
        ))}
      </select>
    </div>
  );
}
