// 客户: the client list and each client's page (its notices, briefings, what is new).
export { ClientsScreen } from './ClientsScreen.tsx';
export { EMPTY_CLIENT, regionText, validateClient } from './client-form.ts';
export { showClient } from './show-client.ts';
export { SuggestedClients } from './SuggestedClients.tsx';
export { useSuggestedClients } from './useSuggestedClients.ts';
export { useClientsView } from './store.ts';
export { useClientNotices } from './useClientNotices.ts';
export { useClientSummaries, type ClientSummary } from './useClientSummaries.ts';

// Last, so that it follows the shared controls' styles in the cascade.
import './clients.css';
