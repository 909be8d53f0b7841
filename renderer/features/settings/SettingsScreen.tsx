// 设置: the consultant's profile, the library (backup and restore), the watched folder and about.
import { useState, type ReactNode } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract.ts';
import { zh } from '../../platform/i18n/index.ts';
import { getBridge } from '../../platform/bridge/index.ts';
import { Icon, useAsyncResult, type IconName } from '../../ui/index.ts';
import { BackupSection } from './BackupSection.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { WatchedFolderSection } from './WatchedFolderSection.tsx';

export function SettingsScreen() {
  return (
    <div className="settings">
      <div className="settings-column">
        <SettingsCard title={zh.settings.profile.title} icon="user" hint={zh.settings.profile.hint}>
          <ProfileForm />
        </SettingsCard>
        <SettingsCard title={zh.settings.backup.title} icon="shield">
          <BackupSection />
        </SettingsCard>
        <SettingsCard title={zh.settings.watchedFolder.title} icon="folder" hint={zh.settings.watchedFolder.hint}>
          <WatchedFolderSection />
        </SettingsCard>
        <SettingsCard title={zh.settings.about.title} icon="info">
          <About />
        </SettingsCard>
      </div>
    </div>
  );
}

function SettingsCard({ title, icon, hint, children }: { title: string; icon: IconName; hint?: string; children: ReactNode }) {
  return (
    <section className="settings-card panel" aria-label={title}>
      <header className="settings-card-header">
        <Icon name={icon} size={18} />
        <div>
          <h2>{title}</h2>
          {hint ? <p className="muted">{hint}</p> : null}
        </div>
      </header>
      <div className="settings-card-body">{children}</div>
    </section>
  );
}

function About() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useAsyncResult(() => getBridge().getAppInfo(), [], {
    onResult: setInfo,
    // Without the version the card still names the app; nothing to tell the user.
    onError: () => {},
  });
  return (
    <p className="about">
      <span className="about-name">{zh.app.name}</span>
      {info ? (
        <span className="muted">
          {zh.settings.about.version(info.version)} · {zh.settings.about.runtime[info.runtime]}
        </span>
      ) : null}
    </p>
  );
}
