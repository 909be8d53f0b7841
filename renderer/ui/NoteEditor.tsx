// A consultant's note shown as text that turns into a text box when clicked. Ctrl/Cmd+
// Enter or 保存 keeps it, Esc or 取消 drops the change.
import { useState, type KeyboardEvent } from 'react';
import { zh } from '../platform/i18n/index.ts';
import { reportError } from '../core/index.ts';
import { Button } from './Button.tsx';

type NoteEditorProps = {
  note: string;
  /** What the note is about, for the controls' names (a notice title, a client name). */
  subject: string;
  onSave: (note: string) => Promise<unknown>;
};

export function NoteEditor({ note, subject, onSave }: NoteEditorProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The note just saved, shown until the stored note (read back live) catches up with it.
  const [saved, setSaved] = useState<string | null>(null);
  if (saved !== null && saved === note) setSaved(null);
  const shown = saved ?? note;

  if (draft === null) {
    return (
      <button type="button" className={shown ? 'note-view' : 'note-view empty'} aria-label={zh.tagging.editNote(subject)} onClick={() => setDraft(shown)}>
        {shown || zh.tagging.addNote}
      </button>
    );
  }

  const save = () => {
    setSaving(true);
    const text = draft.trim();
    onSave(text).then(
      () => {
        setSaving(false);
        setSaved(text);
        setDraft(null);
      },
      (error: unknown) => {
        setSaving(false);
        reportError(error);
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      // Only the edit is cancelled, not a dialog around it.
      event.preventDefault();
      event.stopPropagation();
      setDraft(null);
    }
  };

  return (
    <div className="note-edit">
      <textarea
        className="input textarea"
        rows={3}
        value={draft}
        aria-label={zh.tagging.noteOf(subject)}
        placeholder={zh.tagging.notePlaceholder}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
        autoFocus
      />
      <div className="note-edit-actions">
        <span className="muted note-hint">{zh.tagging.noteHint}</span>
        <Button size="sm" onClick={() => setDraft(null)}>
          {zh.common.cancel}
        </Button>
        <Button size="sm" variant="primary" disabled={saving} onClick={save}>
          {zh.common.save}
        </Button>
      </div>
    </div>
  );
}
