// Opens a client's page on the 客户 screen (from a tag in the reader, a deadline, …).
import type { ClientId } from '../../shared/model/ids.ts';
import { useClientsView } from './clients-view.ts';
import { useNavigation } from './navigation.ts';

export function showClient(clientId: ClientId): void {
  useClientsView.getState().openClient(clientId);
  useNavigation.getState().navigate('clients');
}
