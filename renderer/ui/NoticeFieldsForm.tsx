// The editable fields of a notice (title, 文号, agencies, date, deadlines, section, URL) as
// one form: the reader's 更正 dialog and the 粘贴导入 dialog both use it, so a field is
// edited the same way wherever it is. Values are strings while typed; the library's
// correction rules (data/library/notice-edits.ts) judge them on save. A notice has as many
// deadlines as it sets (the applicant's, the district's, batches): each is a row with whose
// it is, and rows can be added and removed.
import { useId } from 'react';
import type { EditableField, NoticeCorrection, NoticeSummary } from '../../shared/model/library.ts';
import type { DeadlineParty } from '../../shared/model/notice.ts';
import { deadlinesOf, primaryDeadline } from '../../shared/model/deadlines.ts';
import { zh } from '../platform/i18n/index.ts';

/** The single-value fields the form shows (the deadlines are a list of their own). */
type TextField = Exclude<EditableField, 'deadline' | 'deadlines'>;

export type DeadlineValue = { date: string; party: DeadlineParty };

export type NoticeFieldValues = Record<TextField, string> & { deadlines: DeadlineValue[] };

/** The form's values for a notice (agencies joined with 、). */
export function fieldValuesOf(notice: Pick<NoticeSummary, EditableField | 'deadline'> | (Pick<NoticeSummary, Exclude<EditableField, 'deadlines'>> & { deadlines?: NoticeSummary['deadlines'] })): NoticeFieldValues {
  return {
    title: notice.title,
    docNumber: notice.docNumber ?? '',
    agencies: notice.agencies.join('、'),
    date: notice.date ?? '',
    deadlines: deadlinesOf(notice).map((d) => ({ date: d.date, party: d.party })),
    category: notice.category,
    url: notice.url ?? '',
  };
}

/** The values as a correction (the library trims them and turns blanks into null). */
export function correctionOf(values: NoticeFieldValues): NoticeCorrection {
  const deadlines = values.deadlines.filter((d) => d.date.trim() !== '').map((d) => ({ date: d.date.trim(), party: d.party, evidence: '' }));
  return {
    title: values.title,
    docNumber: values.docNumber,
    agencies: values.agencies.split(/[、，,；;\n]/),
    date: values.date,
    deadlines,
    deadline: primaryDeadline(deadlines),
    category: values.category,
    url: values.url,
  };
}

const INPUT_TYPES: Record<TextField, 'text' | 'date' | 'url'> = {
  title: 'text',
  docNumber: 'text',
  agencies: 'text',
  date: 'date',
  category: 'text',
  url: 'url',
};

type Props = {
  values: NoticeFieldValues;
  onChange: (values: NoticeFieldValues) => void;
  /** The field the library refused, with its message. */
  invalid?: EditableField | null;
  /** Fields marked as corrected earlier. */
  edited?: readonly EditableField[];
  /** Fields the parser was unsure of (需核对): marked so the consultant checks them first. */
  toCheck?: readonly EditableField[];
};

const PARTIES: readonly DeadlineParty[] = ['applicant', 'authority'];

function DeadlineRows({ id, values, onChange }: { id: string; values: DeadlineValue[]; onChange: (next: DeadlineValue[]) => void }) {
  const text = zh.noticeFields.deadlineRows;
  const set = (index: number, patch: Partial<DeadlineValue>): void => onChange(values.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <div className="deadline-rows">
      {values.map((row, index) => (
        <div key={index} className="deadline-row">
          <input
            id={index === 0 ? `${id}-deadlines` : undefined}
            className="input"
            type="date"
            name={`deadline-${index}`}
            aria-label={text.date(index + 1)}
            value={row.date}
            onChange={(event) => set(index, { date: event.target.value })}
          />
          <select className="input" aria-label={text.party(index + 1)} value={row.party} onChange={(event) => set(index, { party: event.target.value as DeadlineParty })}>
            {PARTIES.map((party) => (
              <option key={party} value={party}>
                {text.parties[party]}
              </option>
            ))}
          </select>
          <button type="button" className="button button-quiet" aria-label={text.remove(index + 1)} onClick={() => onChange(values.filter((_, i) => i !== index))}>
            {text.removeLabel}
          </button>
        </div>
      ))}
      <button type="button" className="button button-quiet deadline-add" onClick={() => onChange([...values, { date: '', party: 'applicant' }])}>
        {text.add}
      </button>
    </div>
  );
}

export function NoticeFieldsForm({ values, onChange, invalid = null, edited = [], toCheck = [] }: Props) {
  const id = useId();
  const fields = Object.keys(INPUT_TYPES) as TextField[];
  const label = (field: EditableField, htmlFor: string) => (
    <label className="field-label" htmlFor={htmlFor}>
      {zh.noticeFields.labels[field]}
      {toCheck.includes(field) ? <span className="notice-field-check">{zh.noticeFields.toCheck}</span> : null}
      {edited.includes(field) ? <span className="notice-field-edited">{zh.noticeFields.edited}</span> : null}
    </label>
  );
  const deadlineInvalid = invalid === 'deadlines' || invalid === 'deadline';
  return (
    <div className="notice-fields">
      {fields.map((field) => (
        <div key={field} className={`field notice-field notice-field-${field}`}>
          {label(field, `${id}-${field}`)}
          <input
            id={`${id}-${field}`}
            name={field}
            className="input"
            type={INPUT_TYPES[field]}
            value={values[field]}
            aria-invalid={invalid === field}
            placeholder={zh.noticeFields.placeholders[field]}
            onChange={(event) => onChange({ ...values, [field]: event.target.value })}
          />
          {invalid === field ? <p className="field-error">{zh.noticeFields.invalid[field]}</p> : null}
        </div>
      ))}
      <div className="field notice-field notice-field-deadlines" aria-invalid={deadlineInvalid}>
        {label('deadlines', `${id}-deadlines`)}
        <DeadlineRows id={id} values={values.deadlines} onChange={(deadlines) => onChange({ ...values, deadlines })} />
        {deadlineInvalid ? <p className="field-error">{zh.noticeFields.invalid.deadlines}</p> : null}
      </div>
    </div>
  );
}
