// The notices of the three real bulletins, parsed once per test file.
import type { ParsedNotice } from '../../shared/model/notice.ts';
import { parseBulletin } from '../../shared/parse/index.ts';
import { BULLETIN_000, BULLETIN_002, BULLETIN_003, readBulletin } from './bulletins.ts';

let cached: ParsedNotice[] | null = null;

export function bulletinNotices(): ParsedNotice[] {
  cached ??= [BULLETIN_000, BULLETIN_002, BULLETIN_003].flatMap((name) => parseBulletin(readBulletin(name)).notices);
  return cached;
}

export function bulletinNotice(titleStart: string): ParsedNotice {
  const found = bulletinNotices().find((n) => n.title.startsWith(titleStart));
  if (!found) throw new Error(`no notice starts with ${titleStart}`);
  return found;
}
