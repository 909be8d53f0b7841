// The one check every external link goes through before it leaves the app: the Electron
// main process (before shell.openExternal, and for window.open / navigation attempts)
// and the web fallback (before window.open) both call checkExternalUrl.
//
// The decision is made on the URL as the WHATWG parser reads it (`new URL`), never by
// looking for substrings, and the link opened is the parser's `href`, not the raw text.
// On top of that the raw text is refused when it could make a reader believe the link
// goes somewhere it does not: credentials before the host (`https://gov.cn@evil.com`),
// backslashes (`https://evil.com\@gov.cn` goes to evil.com), invisible or control
// characters, and hosts dressed up as government sites (`http://gov.cn.evil.com`).
import { parseUrl, type ParsedUrl } from '../platform.ts';
import type { UrlRejection } from './contract.ts';


export const MAX_EXTERNAL_URL_LENGTH = 4096;

export type ExternalUrlCheck = { ok: true; url: string; host: string; trusted: boolean } | { ok: false; reason: UrlRejection };

// White space of any kind (incl. U+3000 and NBSP), control characters, and invisible
// format characters (zero-width spaces, bidirectional overrides, soft hyphens): the
// parser silently drops or keeps some of them, so what is shown is not what is opened.
const INVISIBLE_OR_SPACE = /[\s\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}]/u;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// After http(s): exactly two slashes, then the authority. `https:gov.cn` and
// `https:///evil.com` parse, but not as written.
const HTTP_WITH_AUTHORITY = /^https?:\/\/[^/?#]/i;
const GOVERNMENT_SUFFIX = 'gov.cn';
// A `gov cn` label pair that is not the end of the host: gov.cn.evil.com, gov-cn.com.
const GOVERNMENT_LOOKALIKE = /(^|[.-])gov[.-]?cn([.-]|$)/;

function reject(reason: UrlRejection): ExternalUrlCheck {
  return { ok: false, reason };
}

/** True when a host is shaped to pass for a government (gov.cn) site but is not one. */
export function isMisleadingHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const isGovernment = host === GOVERNMENT_SUFFIX || host.endsWith(`.${GOVERNMENT_SUFFIX}`);
  return !isGovernment && GOVERNMENT_LOOKALIKE.test(host);
}

/**
 * Hosts whose links open at once: government sites, where 相关链接 point. Any other
 * host (a publisher's site, a WeChat mirror, a link in a pasted text) is opened only after
 * the consultant has seen its host and agreed.
 */
export const TRUSTED_LINK_DOMAINS: readonly string[] = [GOVERNMENT_SUFFIX];

export function isTrustedLinkHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return TRUSTED_LINK_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

export function checkExternalUrl(raw: string): ExternalUrlCheck {
  if (raw.length > MAX_EXTERNAL_URL_LENGTH) return reject('too-long');
  if (INVISIBLE_OR_SPACE.test(raw)) return reject('whitespace-or-control');
  if (raw.includes('\\')) return reject('backslash');
  const scheme = SCHEME.exec(raw)?.[1]?.toLowerCase();
  if (scheme === undefined) return reject('not-a-url');
  if (scheme !== 'http' && scheme !== 'https') return reject('unsupported-protocol');
  if (!HTTP_WITH_AUTHORITY.test(raw)) return reject('malformed-authority');

  let url: ParsedUrl;
  try {
    url = parseUrl(raw);
  } catch {
    return reject('not-a-url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return reject('unsupported-protocol');
  // An '@' anywhere in the written authority is a credentials trick, even an empty one
  // (`https://@evil.com`) that leaves url.username blank.
  const authority = raw.slice(raw.indexOf('//') + 2).split(/[/?#]/, 1)[0] ?? '';
  if (url.username !== '' || url.password !== '' || authority.includes('@')) return reject('credentials');
  if (url.hostname === '') return reject('malformed-authority');
  if (isMisleadingHost(url.hostname)) return reject('misleading-host');
  return { ok: true, url: url.href, host: url.host, trusted: isTrustedLinkHost(url.hostname) };
}
