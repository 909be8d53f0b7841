// 设置: the consultant profile, backup and restore, about.
export { RestoreDialog } from './RestoreDialog.tsx';
export { SettingsScreen } from './SettingsScreen.tsx';
export { menuCommands } from './menu-commands.ts';

// Last, so that it follows the shared controls' styles in the cascade.
import './settings.css';
