import type { SchemaVersion } from './schema-version.ts';

// Needed for 政策关系: each notice's citations and stated validity, indexed by the keys it
// is known by and the keys it cites under (derived: written with the notice at import,
// filled in from the bodies for notices stored before this version).
export const v4: SchemaVersion = {
  version: 4,
  why: 'Notice citations and validity (derived), indexed both ways for 政策关系.',
  stores: {
    noticeRefs: 'id, *refs.ownKeys, *citedKeys',
  },
};
