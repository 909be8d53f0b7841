// A client's particulars: region, industry, what matching reads (size, founded year,
// business keywords), contact person, 截止提醒, notes.
import type { ReactNode } from 'react';
import type { Client } from '../../../shared/model/library.ts';
import { zh } from '../../platform/i18n/index.ts';
import { regionText } from '../../core/index.ts';
import { leadTimeOf } from '../../../shared/calendar/reminders.ts';

/** 提前 7 天（默认） / 提前 30 天 / 不提醒. */
function reminderText(client: Client): string {
  const days = leadTimeOf(client);
  if (days === 0) return zh.clients.reminderOff;
  return zh.clients.reminderDays(days, client.reminderDays === null || client.reminderDays === undefined);
}

export function ClientDetails({ client }: { client: Client }) {
  return (
    <section className="side-card" aria-label={zh.clients.details}>
      <h3 className="side-card-title">{zh.clients.details}</h3>
      <dl className="client-facts">
        <Fact label={zh.clients.form.region}>{regionText(client.region)}</Fact>
        <Fact label={zh.clients.form.industry}>{client.industry || null}</Fact>
        <Fact label={zh.clients.form.size}>{client.size ? zh.codes.companySizes[client.size] : null}</Fact>
        <Fact label={zh.clients.form.foundedYear}>{client.foundedYear}</Fact>
        <Fact label={zh.clients.form.keywords}>{client.keywords.length > 0 ? zh.common.list(client.keywords) : null}</Fact>
        <Fact label={zh.clients.form.contact}>{client.contactPerson || null}</Fact>
        <Fact label={zh.clients.reminderFact}>{reminderText(client)}</Fact>
      </dl>
      {client.notes.trim() ? <p className="client-notes">{client.notes}</p> : null}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="client-fact">
      <dt>{label}</dt>
      <dd>{children ?? <span className="muted">{zh.common.none}</span>}</dd>
    </div>
  );
}
