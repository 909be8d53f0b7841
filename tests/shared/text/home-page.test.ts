import { describe, expect, it } from 'vitest';
import { isSiteHomePage } from '../../../shared/text/home-page.ts';

describe('isSiteHomePage', () => {
  it('is a site root, with or without an index page', () => {
    for (const url of ['http://www.hljzwzx.gov.cn', 'https://zjtx.miit.gov.cn/', 'www.nea.gov.cn', 'http://gxj.gz.gov.cn/index.html', 'http://222.82.245.148:81', 'https://www.gd.gov.cn/default.aspx?']) {
      expect(isSiteHomePage(url), url).toBe(true);
    }
  });

  it('is not a page, a section or a query', () => {
    for (const url of [
      'http://csgy.changsha.gov.cn/XXGK/tzgg/202201/t20220118_10444025.htm',
      'http://www.pudong.gov.cn/kjw/',
      'https://baosong.miit.gov.cn/ScaleTest',
      'https://cnpre.com/sadclist/lawsshow_pi.php?id=10994',
      'https://www.gd.gov.cn/index.html?id=3',
    ]) {
      expect(isSiteHomePage(url), url).toBe(false);
    }
  });
});
