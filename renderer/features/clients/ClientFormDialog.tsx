// 新建客户 and 编辑客户: name (required, not another client's), region, industry, size,
// qualifications (资质与标签), contact person, notes.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Client } from '../../../shared/model/library.ts';
import { DEFAULT_REMINDER_DAYS, MAX_REMINDER_DAYS } from '../../../shared/calendar/reminders.ts';
import { zh } from '../../platform/i18n/index.ts';
import { createClient, listClients, PROVINCES, updateClient, type ClientInput } from '../../data/library/index.ts';
import { Button, ChipInput, Dialog } from '../../ui/index.ts';
import { clientInput, EMPTY_CLIENT, validateClient, useLibrary, reportError, toast } from '../../core/index.ts';
import { COMPANY_SIZES, ENTERPRISE_KINDS, INDUSTRIES, type CompanySize } from '../../../shared/match/vocabulary.ts';

// The matching vocabularies (shared/match/vocabulary.ts), named as zh.codes names them:
// what the form offers is what notices are read for. Industry and qualifications stay the
// consultant's text (a pick is its name; matching reads names back as codes); the size is
// its code.
const INDUSTRY_OPTIONS = INDUSTRIES.map((industry) => zh.codes.industries[industry.id]);
const QUALIFICATION_SUGGESTIONS = ENTERPRISE_KINDS.filter((kind) => kind.role === 'qualification' || kind.role === 'size').map((kind) => zh.codes.enterpriseKinds[kind.id]);

type ClientFormDialogProps = {
  /** The client to edit; absent for 新建客户. */
  client?: Client;
  onClose: () => void;
  /** Called with the saved client. */
  onSaved?: (client: Client) => void;
};

export function ClientFormDialog({ client, onClose, onSaved }: ClientFormDialogProps) {
  const db = useLibrary();
  // undefined until read: the form does not save before it can check the name is free.
  const others = useLiveQuery(() => listClients(db), [db]);
  const [input, setInput] = useState<ClientInput>(() => (client ? clientInput(client) : EMPTY_CLIENT));
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const formId = useId();
  const errors = validateClient(input, others ?? [], client?.id ?? null);
  const shownErrors = submitted ? errors : {};
  const set = <K extends keyof ClientInput>(key: K, value: ClientInput[K]) => setInput((current) => ({ ...current, [key]: value }));

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0 || saving || others === undefined) return;
    setSaving(true);
    const saved = client ? updateClient(db, client.id, input) : createClient(db, input);
    saved.then(
      (result) => {
        toast('success', client ? zh.clients.form.updated(result.name) : zh.clients.form.created(result.name));
        onSaved?.(result);
        onClose();
      },
      (error: unknown) => {
        setSaving(false);
        reportError(error);
      },
    );
  };

  return (
    <Dialog
      title={client ? zh.clients.form.editTitle : zh.clients.form.newTitle}
      size="lg"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{zh.common.cancel}</Button>
          <Button variant="primary" type="submit" form={formId} disabled={saving || others === undefined}>
            {client ? zh.clients.form.saveChanges : zh.clients.form.create}
          </Button>
        </>
      }
    >
      <form id={formId} className="client-form" onSubmit={submit} noValidate>
        <TextField label={zh.clients.form.name} required value={input.name} error={shownErrors.name} onChange={(value) => set('name', value)} placeholder={zh.clients.form.namePlaceholder} autoFocus />
        <div className="form-grid">
          <ProvinceField value={input.region.province} onChange={(province) => set('region', { ...input.region, province })} />
          <TextField label={zh.clients.form.city} value={input.region.city} onChange={(city) => set('region', { ...input.region, city })} placeholder={zh.clients.form.cityPlaceholder} />
          <TextField label={zh.clients.form.district} value={input.region.district} onChange={(district) => set('region', { ...input.region, district })} placeholder={zh.clients.form.districtPlaceholder} />
          <TextField label={zh.clients.form.industry} value={input.industry} onChange={(value) => set('industry', value)} placeholder={zh.clients.form.industryPlaceholder} options={INDUSTRY_OPTIONS} />
          <SizeField value={input.size} onChange={(size) => set('size', size)} />
          <TextField
            label={zh.clients.form.foundedYear}
            value={input.foundedYear === null ? '' : String(input.foundedYear)}
            onChange={(value) => set('foundedYear', /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : null)}
            placeholder={zh.clients.form.foundedYearPlaceholder}
          />
          <TextField label={zh.clients.form.contact} value={input.contactPerson} onChange={(value) => set('contactPerson', value)} placeholder={zh.clients.form.contactPlaceholder} />
          <TextField
            label={zh.clients.form.reminderDays}
            value={input.reminderDays === null || input.reminderDays === undefined ? '' : String(input.reminderDays)}
            onChange={(value) => set('reminderDays', /^\d{1,2}$/.test(value.trim()) && Number(value.trim()) <= MAX_REMINDER_DAYS ? Number(value.trim()) : null)}
            placeholder={zh.clients.form.reminderDaysPlaceholder(DEFAULT_REMINDER_DAYS)}
          />
        </div>
        <ChipInput label={zh.clients.form.qualifications} values={input.qualifications} onChange={(qualifications) => set('qualifications', qualifications)} suggestions={QUALIFICATION_SUGGESTIONS} placeholder={zh.clients.form.qualificationsPlaceholder} />
        <ChipInput label={zh.clients.form.keywords} values={input.keywords} onChange={(keywords) => set('keywords', keywords)} placeholder={zh.clients.form.keywordsPlaceholder} suggestions={[]} />
        <p className="muted form-hint">{zh.clients.form.matchHint}</p>
        <Field label={zh.clients.form.notes}>
          {(id) => <textarea id={id} className="input textarea" rows={3} value={input.notes} onChange={(event) => set('notes', event.target.value)} placeholder={zh.clients.form.notesPlaceholder} />}
        </Field>
      </form>
    </Dialog>
  );
}

function Field({ label, required = false, error, children }: { label: string; required?: boolean; error?: string | undefined; children: (id: string, errorId: string) => ReactNode }) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
        {required ? <span className="required-mark" aria-hidden="true">*</span> : null}
      </label>
      {children(id, errorId)}
      {error ? (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

type TextFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  required?: boolean;
  error?: string | undefined;
  autoFocus?: boolean;
  /** Offered while typing (a datalist); free text is still allowed. */
  options?: readonly string[];
};

function TextField({ label, value, onChange, placeholder, required = false, error, autoFocus = false, options }: TextFieldProps) {
  const listId = useId();
  return (
    <Field label={label} required={required} error={error}>
      {(id, errorId) => (
        <>
          {options ? (
            <datalist id={listId}>
              {options.map((option) => (
                <option key={option} value={option} />
              ))}
            </datalist>
          ) : null}
          <input
            id={id}
            list={options ? listId : undefined}
            className="input"
            value={value}
            placeholder={placeholder}
            required={required}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            autoFocus={autoFocus}
            onChange={(event) => onChange(event.target.value)}
          />
        </>
      )}
    </Field>
  );
}

function SizeField({ value, onChange }: { value: CompanySize | null; onChange: (value: CompanySize | null) => void }) {
  return (
    <Field label={zh.clients.form.size}>
      {(id) => (
        <select id={id} className="select" value={value ?? ''} onChange={(event) => onChange(COMPANY_SIZES.find((size) => size === event.target.value) ?? null)}>
          <option value="">{zh.clients.form.noSize}</option>
          {COMPANY_SIZES.map((size) => (
            <option key={size} value={size}>
              {zh.codes.companySizes[size]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function ProvinceField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const known = value === '' || (PROVINCES as readonly string[]).includes(value);
  return (
    <Field label={zh.clients.form.province}>
      {(id) => (
        <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{zh.clients.form.noProvince}</option>
          {known ? null : <option value={value}>{value}</option>}
          {PROVINCES.map((province) => (
            <option key={province} value={province}>
              {province}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
