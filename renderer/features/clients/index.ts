// 客户: the client list and each client's page (its notices, briefings, what is new).
export { ClientsScreen } from './ClientsScreen.tsx';
export { menuCommands } from './menu-commands.ts';

// Last, so that it follows the shared controls' styles in the cascade.
import './clients.css';
