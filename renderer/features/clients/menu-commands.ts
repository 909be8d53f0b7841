// The clients' menu command: 新建客户 opens the 客户 screen with the form.
import { useClientsView, useNavigation, type MenuCommandContribution } from '../../core/index.ts';

export const menuCommands: MenuCommandContribution = {
  'new-client': () => {
    useNavigation.getState().navigate('clients');
    useClientsView.getState().newClient();
  },
};
