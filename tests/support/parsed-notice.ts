// A ParsedNotice for tests that care about a few fields: every other field is empty
// (no 文号, agencies, date, links, deadline, attachments, contacts or body).
import type { ParsedNotice } from '../../shared/model/notice.ts';

export function parsedNotice(fields: Partial<ParsedNotice> = {}): ParsedNotice {
  const deadline = fields.deadline ?? null;
  return {
    category: '政策文件',
    title: '标题',
    docNumber: null,
    agencies: [],
    date: null,
    url: null,
    links: [],
    deadline: null,
    attachments: [],
    contacts: [],
    citedDocNumbers: [],
    body: [],
    ...fields,
    // A test that names one deadline means the applicant's.
    deadlines: fields.deadlines ?? (deadline ? [{ date: deadline, party: 'applicant', evidence: '' }] : []),
  };
}
