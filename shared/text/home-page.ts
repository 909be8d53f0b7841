// A site's home page is no notice's own address. Government CMSes print their home page
// as a page's canonical link or og:url, and a 相关链接 line sometimes names only the site:
// taken as the notice's source, it sends the consultant to the front page.

const HOME_PATH = /^\/?(?:(?:index|default|main|home)\.(?:s?html?|jsp|aspx?|php|jhtml))?$/i;

/** Whether `url` is the root of a site (`http://www.xx.gov.cn/`, `…/index.html`) without a query. */
export function isSiteHomePage(url: string): boolean {
  const m = /^(?:https?:\/\/)?[^/?#]+([^?#]*)(\?[^#]*)?/i.exec(url.trim());
  if (!m) return false;
  const query = m[2] ?? '';
  return query.length <= 1 && HOME_PATH.test(m[1] ?? '');
}
