// The consultant's own details, printed on every briefing.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import type { ConsultantProfile } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { getProfile, saveProfile } from '../../data/library/index.ts';
import { Button } from '../../ui/index.ts';
import { useLibrary, reportError, toast } from '../../core/index.ts';

const FIELDS: { key: keyof ConsultantProfile; label: string; type: string; autoComplete: string }[] = [
  { key: 'name', label: zh.settings.profile.name, type: 'text', autoComplete: 'name' },
  { key: 'company', label: zh.settings.profile.company, type: 'text', autoComplete: 'organization' },
  { key: 'phone', label: zh.settings.profile.phone, type: 'tel', autoComplete: 'tel' },
  { key: 'email', label: zh.settings.profile.email, type: 'email', autoComplete: 'email' },
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

export function ProfileForm() {
  const db = useLibrary();
  const stored = useLiveQuery(() => getProfile(db), [db]);
  if (!stored) return null;
  // Keyed by the stored profile: a restore or another window's save starts the form afresh.
  return <ProfileFields key={JSON.stringify(stored)} stored={stored} />;
}

function ProfileFields({ stored }: { stored: ConsultantProfile }) {
  const db = useLibrary();
  const [profile, setProfile] = useState(stored);
  const [saving, setSaving] = useState(false);
  const formId = useId();
  const emailInvalid = profile.email.trim() !== '' && !EMAIL.test(profile.email.trim());
  const changed = (Object.keys(profile) as (keyof ConsultantProfile)[]).some((key) => profile[key] !== stored[key]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (emailInvalid) return;
    setSaving(true);
    saveProfile(db, profile)
      .then(() => toast('success', zh.settings.profile.saved), reportError)
      .finally(() => setSaving(false));
  };

  return (
    <form className="profile-form" onSubmit={submit} noValidate>
      <div className="form-grid">
        {FIELDS.map((field) => {
          const id = `${formId}-${field.key}`;
          const invalid = field.key === 'email' && emailInvalid;
          return (
            <div className="field" key={field.key}>
              <label className="field-label" htmlFor={id}>
                {field.label}
              </label>
              <input
                id={id}
                className="input"
                type={field.type}
                autoComplete={field.autoComplete}
                value={profile[field.key]}
                aria-invalid={invalid}
                aria-describedby={invalid ? `${id}-error` : undefined}
                onChange={(event) => setProfile({ ...profile, [field.key]: event.target.value })}
              />
              {invalid ? (
                <span id={`${id}-error`} className="field-error">
                  {zh.settings.profile.invalidEmail}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={saving || emailInvalid || !changed}>
          {zh.settings.profile.save}
        </Button>
      </div>
    </form>
  );
}
