// The 客户 screen's state: which client's page is open, and the form or question shown
// over it (新建客户, 编辑, 删除, 导入客户台账). In core, beside the navigation, because other screens
// open it: a client's page from a tag, a deadline or a suggestion (showClient), the
// 新建客户 form from the menu or the 简报 screen, and 新建简报 reads which page shows.
import type { ClientId } from '../../shared/model/ids.ts';
import { create } from 'zustand';

export type ClientForm = { mode: 'new' } | { mode: 'edit'; clientId: ClientId };

type ClientsViewState = {
  /** The client whose page shows; null: the first client in the list. */
  openClientId: ClientId | null;
  form: ClientForm | null;
  /** The client the delete question is about. */
  deleting: ClientId | null;
  /** 导入客户台账 is open. */
  importing: boolean;
  openClient: (id: ClientId | null) => void;
  newClient: () => void;
  editClient: (id: ClientId) => void;
  closeForm: () => void;
  askDelete: (id: ClientId) => void;
  closeDelete: () => void;
  openImport: () => void;
  closeImport: () => void;
};

export const useClientsView = create<ClientsViewState>()((set) => ({
  openClientId: null,
  form: null,
  deleting: null,
  importing: false,
  openClient: (id) => set({ openClientId: id }),
  newClient: () => set({ form: { mode: 'new' } }),
  editClient: (clientId) => set({ form: { mode: 'edit', clientId } }),
  closeForm: () => set({ form: null }),
  askDelete: (id) => set({ deleting: id }),
  closeDelete: () => set({ deleting: null }),
  openImport: () => set({ importing: true }),
  closeImport: () => set({ importing: false }),
}));
