import type { SchemaVersion } from './schema-version.ts';

// The .docx of each saved briefing, kept so 简报记录 can hand out the very file the
// client got (a rebuild would differ: docx stamps the time and random link ids). In a
// table of its own, keyed by the briefing record's id, so listing briefings never loads
// the files.
export const v6: SchemaVersion = {
  version: 6,
  why: 'Saved briefing files, to download a briefing again from its record.',
  stores: {
    briefingFiles: 'id',
  },
};
