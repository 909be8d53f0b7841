// One agency, one name in the filters: notices print 国家发展和改革委员会, 国家发展改革委
// and 发展改革委 for the same body, and a province's 发改委 as 发展改革委 or 发展和改革委员会.
// The facet lists and the agency filter count and match them under the canonical full
// name; the notice keeps the name it printed.
import { AGENCY_BODY_TYPES, CENTRAL_AGENCIES } from './agency-aliases.ts';

const PRC = /^中华人民共和国/;

type Tables = {
  /** A central body's every name (and alias) → its full name. */
  central: ReadonlyMap<string, string>;
  /** Local department short forms, longest first, with the full suffix they stand for. */
  bodies: readonly { alias: string; suffix: string }[];
};

let tables: Tables | null = null;

function theTables(): Tables {
  if (tables) return tables;
  const central = new Map<string, string>();
  for (const agency of CENTRAL_AGENCIES) {
    // A former name that is also another body's alias (交通部) keeps its own entry.
    if (!central.has(agency.name)) central.set(agency.name, agency.name);
    for (const alias of agency.aliases) if (!central.has(alias) && !CENTRAL_AGENCIES.some((a) => a.name === alias)) central.set(alias, agency.name);
  }
  const bodies = AGENCY_BODY_TYPES.flatMap((body) => body.aliases.map((alias) => ({ alias, suffix: body.suffix }))).sort((a, b) => b.alias.length - a.alias.length);
  tables = { central, bodies };
  return tables;
}

/** The canonical full name of a printed agency name (itself when nothing is known of it). */
export function canonicalAgency(printed: string): string {
  const name = printed.replace(/\s+/g, '').replace(PRC, '');
  const { central, bodies } = theTables();
  const known = central.get(name);
  if (known) return known;
  for (const { alias, suffix } of bodies) {
    if (name.length > alias.length && name.endsWith(alias) && !name.endsWith(suffix)) return name.slice(0, name.length - alias.length) + suffix;
  }
  return name.length > 0 ? name : printed;
}
