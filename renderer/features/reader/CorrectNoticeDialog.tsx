// 更正: the consultant corrects what the parser got wrong in one notice. Saved through the
// library's correction rules; a value they refuse (a date that does not exist, a URL
// that is not http(s)) is shown on its field and nothing is saved. The fields the parser
// was unsure of (需核对) are marked; saving is the check, and clears the mark.
import { useState, type FormEvent } from 'react';
import type { StoredNotice } from '../../../shared/model/library.ts';
import { CorrectionError, correctNotice } from '../../data/library/index.ts';
import { reportError, toast, useLibrary } from '../../core/index.ts';
import { zh } from '../../platform/i18n/index.ts';
import { Button, Dialog, NoticeFieldsForm, correctionOf, fieldValuesOf, type NoticeFieldValues } from '../../ui/index.ts';
import type { EditableField } from '../../../shared/model/library.ts';

export function CorrectNoticeDialog({ notice, onClose }: { notice: StoredNotice; onClose: () => void }) {
  const db = useLibrary();
  const [values, setValues] = useState<NoticeFieldValues>(() => fieldValuesOf(notice));
  const [invalid, setInvalid] = useState<EditableField | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    setSaving(true);
    correctNotice(db, notice.id, correctionOf(values)).then(
      () => {
        toast('success', zh.reader.correctSaved);
        onClose();
      },
      (error: unknown) => {
        setSaving(false);
        if (error instanceof CorrectionError) setInvalid(error.field);
        else reportError(error);
      },
    );
  };

  return (
    <Dialog
      title={zh.reader.correctTitle}
      size="lg"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{zh.common.cancel}</Button>
          <Button variant="primary" disabled={saving} onClick={() => submit()}>
            {zh.common.save}
          </Button>
        </>
      }
    >
      <form onSubmit={submit} className="correct-form">
        <p className="dialog-hint">{zh.reader.correctHint}</p>
        <NoticeFieldsForm
          values={values}
          onChange={(next) => {
            setValues(next);
            setInvalid(null);
          }}
          invalid={invalid}
          edited={notice.edited?.fields ?? []}
          toCheck={notice.review ?? []}
        />
      </form>
    </Dialog>
  );
}
