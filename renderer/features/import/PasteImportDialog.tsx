// 粘贴导入 (Ctrl/Cmd+Shift+V): the consultant pastes a notice's text; the fields the
// parser finds are shown at once, editable, with how the text was read (one 公文, a
// forward of two, a digest, or no notice and why); 保存 stores it like an imported file.
import { useMemo, useState } from 'react';
import { parseDocument, type ParsedDocument } from '../../../shared/parse/index.ts';
import type { EditableField } from '../../../shared/model/library.ts';
import { reportError, toast, useLibrary, useNavigation } from '../../core/index.ts';
import { zh } from '../../platform/i18n/index.ts';
import { Button, Dialog, NoticeFieldsForm, fieldValuesOf, type NoticeFieldValues } from '../../ui/index.ts';
import { PastedFieldError, savePastedText } from './paste-import.ts';
import { usePasteImport } from './store.ts';

// A pasted text longer than this is a bulletin or a book: use 导入快讯 for files.
const MAX_PASTE_CHARS = 500_000;

function parse(text: string): ParsedDocument | null {
  if (text.trim() === '' || text.length > MAX_PASTE_CHARS) return null;
  return parseDocument(text);
}

export function PasteImportDialog() {
  const open = usePasteImport((state) => state.open);
  const close = usePasteImport((state) => state.close);
  return open ? <PasteImportForm onClose={close} /> : null;
}

function PasteImportForm({ onClose }: { onClose: () => void }) {
  const db = useLibrary();
  const openNotice = useNavigation((state) => state.openNotice);
  const [text, setText] = useState('');
  const parsed = useMemo(() => parse(text), [text]);
  // The fields as found, until the consultant edits them; a new text starts again.
  const [edits, setEdits] = useState<{ for: ParsedDocument | null; values: NoticeFieldValues[] }>({ for: null, values: [] });
  const values = edits.for === parsed && parsed ? edits.values : (parsed?.notices.map(fieldValuesOf) ?? []);
  const [invalid, setInvalid] = useState<{ index: number; field: EditableField } | null>(null);
  const [saving, setSaving] = useState(false);
  const usable = parsed !== null && parsed.kind !== 'not-notice' && parsed.notices.length > 0;

  const save = () => {
    if (!parsed || !usable || saving) return;
    setSaving(true);
    savePastedText(db, text, parsed, values).then(
      (outcome) => {
        if (outcome.status === 'duplicate') {
          setSaving(false);
          toast('info', zh.importer.paste.duplicate(outcome.importedAt.slice(0, 10)));
          return;
        }
        toast('success', zh.importer.paste.saved(outcome.noticeIds.length));
        onClose();
        const first = outcome.noticeIds[0];
        if (first !== undefined) openNotice(first);
      },
      (error: unknown) => {
        setSaving(false);
        if (error instanceof PastedFieldError) setInvalid({ index: error.index, field: error.field });
        else reportError(error);
      },
    );
  };

  return (
    <Dialog
      title={zh.importer.paste.title}
      size="lg"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{zh.common.cancel}</Button>
          <Button variant="primary" disabled={!usable || saving} onClick={save}>
            {zh.importer.paste.save}
          </Button>
        </>
      }
    >
      <div className="paste-import">
        <label className="field-label" htmlFor="paste-text">
          {zh.importer.paste.textLabel}
        </label>
        <textarea
          id="paste-text"
          className="input paste-text"
          value={text}
          placeholder={zh.importer.paste.placeholder}
          autoFocus
          onChange={(event) => {
            setText(event.target.value);
            setInvalid(null);
          }}
        />
        {text.length > MAX_PASTE_CHARS ? <p className="field-error">{zh.importer.paste.tooLong}</p> : null}
        {parsed ? (
          <p className={`paste-reading ${usable ? '' : 'paste-refused'}`} role="status">
            {usable ? zh.importer.report.reading(parsed.reason) : zh.importer.paste.notANotice(parsed.reason)}
          </p>
        ) : null}
        {usable
          ? parsed.notices.map((notice, i) => (
              <section key={`${i}-${notice.title}`} className="paste-notice" aria-label={zh.importer.paste.noticeLabel(i + 1)}>
                {parsed.notices.length > 1 ? <h3 className="paste-notice-title">{zh.importer.paste.noticeLabel(i + 1)}</h3> : null}
                <NoticeFieldsForm
                  values={values[i] ?? fieldValuesOf(notice)}
                  invalid={invalid?.index === i ? invalid.field : null}
                  onChange={(next) => {
                    setEdits({ for: parsed, values: values.map((v, k) => (k === i ? next : v)) });
                    setInvalid(null);
                  }}
                />
              </section>
            ))
          : null}
      </div>
    </Dialog>
  );
}
