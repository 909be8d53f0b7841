// The editable fields of a notice (title, 文号, agencies, date, deadline, section, URL) as
// one form: the reader's 更正 dialog and the 粘贴导入 dialog both use it, so a field is
// edited the same way wherever it is. Values are strings while typed; the library's
// correction rules (data/library/notice-edits.ts) judge them on save.
import { useId } from 'react';
import type { EditableField, NoticeCorrection, NoticeSummary } from '../../shared/model/library.ts';
import { zh } from '../platform/i18n/index.ts';

export type NoticeFieldValues = Record<EditableField, string>;

/** The form's values for a notice (agencies joined with 、). */
export function fieldValuesOf(notice: Pick<NoticeSummary, EditableField>): NoticeFieldValues {
  return {
    title: notice.title,
    docNumber: notice.docNumber ?? '',
    agencies: notice.agencies.join('、'),
    date: notice.date ?? '',
    deadline: notice.deadline ?? '',
    category: notice.category,
    url: notice.url ?? '',
  };
}

/** The values as a correction (the library trims them and turns blanks into null). */
export function correctionOf(values: NoticeFieldValues): NoticeCorrection {
  return {
    title: values.title,
    docNumber: values.docNumber,
    agencies: values.agencies.split(/[、，,；;\n]/),
    date: values.date,
    deadline: values.deadline,
    category: values.category,
    url: values.url,
  };
}

const INPUT_TYPES: Record<EditableField, 'text' | 'date' | 'url'> = {
  title: 'text',
  docNumber: 'text',
  agencies: 'text',
  date: 'date',
  deadline: 'date',
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
};

export function NoticeFieldsForm({ values, onChange, invalid = null, edited = [] }: Props) {
  const id = useId();
  const fields = Object.keys(INPUT_TYPES) as EditableField[];
  return (
    <div className="notice-fields">
      {fields.map((field) => (
        <div key={field} className={`field notice-field notice-field-${field}`}>
          <label className="field-label" htmlFor={`${id}-${field}`}>
            {zh.noticeFields.labels[field]}
            {edited.includes(field) ? <span className="notice-field-edited">{zh.noticeFields.edited}</span> : null}
          </label>
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
    </div>
  );
}
