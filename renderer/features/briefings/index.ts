// 简报: choose a client and a period, edit the notices, preview and save the .docx.
export { BriefingScreen } from './BriefingScreen.tsx';
export { DownloadBriefingButton, useKeptFiles } from './DownloadBriefingButton.tsx';
export { useBriefingDraft } from './store.ts';
export { menuCommands } from './menu-commands.ts';

// Last, so that it follows the shared controls' styles in the cascade.
import './briefings.css';
