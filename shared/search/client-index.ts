// Client companies beside the index: a notice carries the clients it is tagged to, so a
// client's name or qualifications find the notice. Kept apart from the postings because
// tags change all the time and a client's renaming must not re-index its notices.
import type { ClientId, NoticeId } from '../model/ids.ts';
import { shortFieldFeatures } from './doc-features.ts';
import { keyOf } from './features.ts';
import type { Variant } from './query.ts';
import type { SearchClient, SearchTag } from './types.ts';

type ClientEntry = { client: SearchClient; keys: Set<number> };

export class ClientDirectory {
  private readonly clients = new Map<ClientId, ClientEntry>();
  /** Which clients have each feature key: a query asks per feature, not per client. */
  private readonly byKey = new Map<number, Set<ClientId>>();
  private readonly clientsOfNotice = new Map<NoticeId, Set<ClientId>>();
  private readonly noticesOfClient = new Map<ClientId, Set<NoticeId>>();

  setClients(clients: readonly SearchClient[]): void {
    this.clients.clear();
    this.byKey.clear();
    for (const client of clients) this.putClient(client);
  }

  putClient(client: SearchClient): void {
    this.forgetKeys(client.id);
    const keys = new Set<number>();
    const sink = {
      add(hi: number, lo: number): void {
        keys.add(keyOf(hi, lo));
      },
    };
    shortFieldFeatures(client.name, sink);
    for (const qualification of client.qualifications) shortFieldFeatures(qualification, sink);
    this.clients.set(client.id, { client: { id: client.id, name: client.name, qualifications: [...client.qualifications] }, keys });
    for (const key of keys) {
      let ids = this.byKey.get(key);
      if (!ids) this.byKey.set(key, (ids = new Set()));
      ids.add(client.id);
    }
  }

  private forgetKeys(clientId: ClientId): void {
    for (const key of this.clients.get(clientId)?.keys ?? []) this.byKey.get(key)?.delete(clientId);
  }

  removeClient(clientId: ClientId): void {
    this.forgetKeys(clientId);
    this.clients.delete(clientId);
    for (const noticeId of this.noticesOfClient.get(clientId) ?? []) this.clientsOfNotice.get(noticeId)?.delete(clientId);
    this.noticesOfClient.delete(clientId);
  }

  setTags(tags: readonly SearchTag[]): void {
    this.clientsOfNotice.clear();
    this.noticesOfClient.clear();
    for (const a of tags) this.tag(a.clientId, a.noticeId);
  }

  tag(clientId: ClientId, noticeId: NoticeId): void {
    let clients = this.clientsOfNotice.get(noticeId);
    if (!clients) this.clientsOfNotice.set(noticeId, (clients = new Set()));
    clients.add(clientId);
    let notices = this.noticesOfClient.get(clientId);
    if (!notices) this.noticesOfClient.set(clientId, (notices = new Set()));
    notices.add(noticeId);
  }

  untag(clientId: ClientId, noticeId: NoticeId): void {
    this.clientsOfNotice.get(noticeId)?.delete(clientId);
    this.noticesOfClient.get(clientId)?.delete(noticeId);
  }

  /** Replaces the clients of one notice. */
  setNoticeClients(noticeId: NoticeId, clientIds: readonly ClientId[]): void {
    for (const clientId of this.clientsOfNotice.get(noticeId) ?? []) this.noticesOfClient.get(clientId)?.delete(noticeId);
    this.clientsOfNotice.delete(noticeId);
    for (const clientId of clientIds) this.tag(clientId, noticeId);
  }

  noticeIdsOf(clientId: ClientId): ReadonlySet<NoticeId> {
    return this.noticesOfClient.get(clientId) ?? new Set();
  }

  clientsOf(noticeId: NoticeId): SearchClient[] {
    const out: SearchClient[] = [];
    for (const clientId of this.clientsOfNotice.get(noticeId) ?? []) {
      const entry = this.clients.get(clientId);
      if (entry) out.push(entry.client);
    }
    return out;
  }

  /** For each client whose name or qualifications hold features of `variant`: which feature bits, and its notices. */
  matches(variant: Variant): { bits: number; noticeIds: ReadonlySet<NoticeId> }[] {
    if (variant.kind !== 'text') return [];
    const bitsOf = new Map<ClientId, number>();
    for (const feature of variant.features) {
      for (const lookup of feature.lookups) {
        if (!lookup.short) continue;
        for (const clientId of this.byKey.get(lookup.key) ?? []) bitsOf.set(clientId, (bitsOf.get(clientId) ?? 0) | (1 << feature.bit));
      }
    }
    const out: { bits: number; noticeIds: ReadonlySet<NoticeId> }[] = [];
    for (const [clientId, bits] of bitsOf) {
      const noticeIds = this.noticesOfClient.get(clientId);
      if (noticeIds && noticeIds.size > 0) out.push({ bits: bits >>> 0, noticeIds });
    }
    return out;
  }

  allClients(): SearchClient[] {
    return [...this.clients.values()].map((entry) => entry.client);
  }

  allTags(): SearchTag[] {
    const out: SearchTag[] = [];
    for (const [clientId, notices] of this.noticesOfClient) for (const noticeId of notices) out.push({ clientId, noticeId });
    return out;
  }
}
