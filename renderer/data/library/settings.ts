// Settings as key/value records. The consultant profile is the one typed setting.
import type { ConsultantProfile, SettingValue } from '../../../shared/model/library.ts';
import type { LibraryDb } from './db.ts';

const PROFILE_KEY = 'profile';

const EMPTY_PROFILE: ConsultantProfile = { name: '', company: '', phone: '', email: '' };

/** The consultant profile; empty strings where nothing was saved yet. */
export async function getProfile(db: LibraryDb): Promise<ConsultantProfile> {
  const value = await getSetting(db, PROFILE_KEY);
  const stored = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
  const text = (key: keyof ConsultantProfile): string => {
    const field = stored[key];
    return typeof field === 'string' ? field : EMPTY_PROFILE[key];
  };
  return { name: text('name'), company: text('company'), phone: text('phone'), email: text('email') };
}

export async function saveProfile(db: LibraryDb, profile: ConsultantProfile): Promise<void> {
  const { name, company, phone, email } = profile;
  await putSetting(db, PROFILE_KEY, { name: name.trim(), company: company.trim(), phone: phone.trim(), email: email.trim() });
}

export async function getSetting(db: LibraryDb, key: string): Promise<SettingValue | undefined> {
  return (await db.settings.get(key))?.value;
}

export async function putSetting(db: LibraryDb, key: string, value: SettingValue): Promise<void> {
  await db.settings.put({ key, value });
}
