import type { Client } from '../../../../shared/model/library.ts';
import type { SchemaVersion } from './schema-version.ts';

// Needed for 政策匹配: clients get the profile matching reads (district, size, founded
// year, business keywords; earlier clients get empty values), notices get their matching
// features in a table of their own (derived: the match worker computes them as notices
// arrive, and fills in what is missing), and a table
// remembers the suggestions a consultant dismissed for a client.
export const v3: SchemaVersion = {
  version: 3,
  why: 'Client profiles for matching; notice features (derived); dismissed suggestions.',
  stores: {
    noticeFeatures: 'id',
    // One dismissal per (client, notice).
    dismissals: '++id, clientId, noticeId, &[clientId+noticeId]',
  },
  upgrade: async (tx) => {
    await tx
      .table<Client, number>('clients')
      .toCollection()
      .modify((client) => {
        const old = client as Partial<Client> & { region: { province: string; city: string; district?: string } };
        client.region = { province: old.region.province, city: old.region.city, district: old.region.district ?? '' };
        client.size = old.size ?? null;
        client.foundedYear = old.foundedYear ?? null;
        client.keywords = old.keywords ?? [];
      });
  },
};
