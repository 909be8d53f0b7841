// 截止日期: upcoming deadlines of clients' notices, and their .ics export.
export { DeadlinesScreen } from './DeadlinesScreen.tsx';
export { ReminderBanner } from './ReminderBanner.tsx';
export { menuCommands } from './menu-commands.ts';

// Last, so that it follows the shared controls' styles in the cascade.
import './deadlines.css';
