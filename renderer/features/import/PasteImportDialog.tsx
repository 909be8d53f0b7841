// 粘贴导入 (Ctrl/Cmd+Shift+V): the consultant pastes a notice's text; the fields the
// parser finds are shown at once, editable, with how the text was read (one 公文, a
// forward of two, a digest) and the fields it was unsure of (需核对); 保存 stores it like
// an imported file. A text the parser takes for no notice says why, and shows one empty
// form: the consultant may know better, and saves it as a notice with the fields typed
// by hand. The import report opens this dialog with a refused file's text (保存为通知).
import { useMemo, useState } from 'react';
import { parseDocument, type ParsedDocument } from '../../../shared/parse/index.ts';
import type { EditableField } from '../../../shared/model/library.ts';
import { reportError, toast, useLibrary, useNavigation } from '../../core/index.ts';
import { zh } from '../../platform/i18n/index.ts';
import { Button, Dialog, NoticeFieldsForm, fieldValuesOf, type NoticeFieldValues } from '../../ui/index.ts';
import { PastedFieldError, savePastedText, saveTypedNotice, type PasteOutcome } from './paste-import.ts';
import { useImport, usePasteImport, type RefusedText } from './store.ts';

// A pasted text longer than this is a bulletin or a book: use 导入快讯 for files.
const MAX_PASTE_CHARS = 500_000;

function parse(text: string): ParsedDocument | null {
  if (text.trim() === '' || text.length > MAX_PASTE_CHARS) return null;
  return parseDocument(text);
}

export function PasteImportDialog() {
  const open = usePasteImport((state) => state.open);
  const from = usePasteImport((state) => state.from);
  const close = usePasteImport((state) => state.close);
  // A new key per opening: the form starts again from the text it was given.
  return open ? <PasteImportForm key={from ? `${from.fileIndex}:${from.fileName}` : 'paste'} from={from} onClose={close} /> : null;
}

/** The form of a notice typed by hand: every field empty. */
const EMPTY_FIELDS: NoticeFieldValues = { title: '', docNumber: '', agencies: '', date: '', deadlines: [], category: '', url: '' };

function PasteImportForm({ from, onClose }: { from: RefusedText | null; onClose: () => void }) {
  const db = useLibrary();
  const openNotice = useNavigation((state) => state.openNotice);
  const [text, setText] = useState(from?.text ?? '');
  const parsed = useMemo(() => parse(text), [text]);
  // The fields as found, until the consultant edits them; a new text starts again.
  const [edits, setEdits] = useState<{ for: ParsedDocument | null; values: NoticeFieldValues[] }>({ for: null, values: [] });
  const values = edits.for === parsed && parsed ? edits.values : (parsed?.notices.map(fieldValuesOf) ?? []);
  // The fields typed by hand for a text the parser refused; kept while the text is edited.
  const [typed, setTyped] = useState<NoticeFieldValues>(EMPTY_FIELDS);
  const [invalid, setInvalid] = useState<{ index: number; field: EditableField } | null>(null);
  const [saving, setSaving] = useState(false);
  // The parser found no notice: the text is saved as one, with the fields typed by hand.
  const byHand = parsed !== null && (parsed.kind === 'not-notice' || parsed.notices.length === 0);

  const saved = (outcome: PasteOutcome) => {
    if (outcome.status === 'duplicate') {
      setSaving(false);
      toast('info', zh.importer.paste.duplicate(outcome.importedAt.slice(0, 10)));
      return;
    }
    toast('success', zh.importer.paste.saved(outcome.noticeIds.length));
    onClose();
    const first = outcome.noticeIds[0];
    if (first === undefined) return;
    // From the report, which stays open above the reader: the report offers to open it.
    if (from) useImport.getState().noteSavedAsNotice(from.fileIndex, first);
    else openNotice(first);
  };

  const save = () => {
    if (!parsed || saving) return;
    setSaving(true);
    (byHand ? saveTypedNotice(db, text, typed) : savePastedText(db, text, parsed, values)).then(saved, (error: unknown) => {
      setSaving(false);
      if (error instanceof PastedFieldError) setInvalid({ index: error.index, field: error.field });
      else reportError(error);
    });
  };

  return (
    <Dialog
      title={zh.importer.paste.title}
      size="lg"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{zh.common.cancel}</Button>
          <Button variant="primary" disabled={parsed === null || saving} onClick={save}>
            {zh.importer.paste.save}
          </Button>
        </>
      }
    >
      <div className="paste-import">
        {from ? <p className="paste-from">{zh.importer.paste.fromFile(from.fileName)}</p> : null}
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
          <p className={`paste-reading ${byHand ? 'paste-refused' : ''}`} role="status">
            {byHand ? zh.importer.paste.notANotice(zh.codes.reading(parsed.reading)) : zh.importer.report.reading(zh.codes.reading(parsed.reading))}
          </p>
        ) : null}
        {byHand ? (
          <section className="paste-notice paste-by-hand" aria-label={zh.importer.paste.byHandLabel}>
            <p className="paste-by-hand-hint">{zh.importer.paste.byHandHint}</p>
            <NoticeFieldsForm
              values={typed}
              invalid={invalid?.index === 0 ? invalid.field : null}
              onChange={(next) => {
                setTyped(next);
                setInvalid(null);
              }}
            />
          </section>
        ) : parsed
          ? parsed.notices.map((notice, i) => (
              <section key={`${i}-${notice.title}`} className="paste-notice" aria-label={zh.importer.paste.noticeLabel(i + 1)}>
                {parsed.notices.length > 1 ? <h3 className="paste-notice-title">{zh.importer.paste.noticeLabel(i + 1)}</h3> : null}
                <NoticeFieldsForm
                  values={values[i] ?? fieldValuesOf(notice)}
                  invalid={invalid?.index === i ? invalid.field : null}
                  toCheck={notice.review ?? []}
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
