// Stored values compared in code are ASCII codes (docs/glossary.md, issue 24): a client's
// size is stored as its code (小型 → small), and what a client holds (资质与标签) is the
// field `qualifications`, the word `tags` being the tags table's. The qualifications
// themselves stay the consultant's words (matching reads them as codes), so the list moves
// as it is. An old backup restores through this step too (backup.ts upgrades it in a
// scratch database). The log gets a `reset` of clients: the match and search workers load
// them again.
import type { Transaction } from 'dexie';
import type { WriteChangeRecord } from '../../../../shared/model/library.ts';
import { companySizeOf } from '../../../../shared/match/vocabulary.ts';
import type { SchemaVersion } from './schema-version.ts';

export const v11: SchemaVersion = {
  version: 11,
  why: 'Clients store their size as an ASCII code, and what they hold as `qualifications` (was `tags`).',
  stores: {
    clients: 'id, name, region.province, *qualifications',
  },
  upgrade: rewriteClients,
};

type OldClient = Record<string, unknown> & { tags?: unknown; qualifications?: unknown; size?: unknown };

async function rewriteClients(tx: Transaction): Promise<void> {
  await tx
    .table<OldClient, string>('clients')
    .toCollection()
    .modify((client) => {
      const list = Array.isArray(client.qualifications) ? client.qualifications : Array.isArray(client.tags) ? client.tags : [];
      client.qualifications = list.filter((item): item is string => typeof item === 'string');
      delete client.tags;
      client.size = typeof client.size === 'string' ? companySizeOf(client.size) : null;
    });
  const row: Omit<WriteChangeRecord, 'seq'> = { table: 'clients', kind: 'reset', keys: [] };
  await tx.table('changes').add(row);
}
