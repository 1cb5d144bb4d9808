import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES_DIR, normaliseHost, pageFile, pageKey } from '../../../scripts/demo-site/page-files';

describe('pageFile', () => {
  it.each([
    ['/', 'ninhthuan.gov.vn/index.html'],
    ['/en/', 'ninhthuan.gov.vn/en/index.html'],
    ['/Pages/TinTuc.aspx?CategoryId=5', 'ninhthuan.gov.vn/Pages/TinTuc.aspx.html'],
    ['/tin-bai-2530123.html#top', 'ninhthuan.gov.vn/tin-bai-2530123.html'],
    ['/wps/portal/travinh/chi-tiet', 'ninhthuan.gov.vn/wps/portal/travinh/chi-tiet.html'],
    ['/a%20b.aspx', 'ninhthuan.gov.vn/a b.aspx.html'],
  ])('%s → %s', (urlPath, file) => {
    expect(pageFile('NinhThuan.gov.vn:8765', urlPath)).toBe(path.join(PAGES_DIR, file));
  });

  it('refuses traversal, bad escapes and odd host names', () => {
    expect(pageFile('ninhthuan.gov.vn', '/../x')).toBeNull();
    expect(pageFile('ninhthuan.gov.vn', '/a/%2e%2e/%2e%2e/x')).toBeNull();
    expect(pageFile('ninhthuan.gov.vn', '/%E0%A4%A')).toBeNull();
    expect(pageFile('../etc', '/passwd')).toBeNull();
  });
});

describe('normaliseHost and pageKey', () => {
  it('drop the port and case, and treat the loopback address as localhost', () => {
    expect(normaliseHost('LongAn.gov.vn:80')).toBe('longan.gov.vn');
    expect(normaliseHost('127.0.0.1:8765')).toBe('localhost');
  });

  it('ignore query and fragment', () => {
    expect(pageKey('longan.gov.vn:1234', '/Pages/a.aspx?utm_source=x#y')).toBe(
      pageKey('longan.gov.vn', '/Pages/a.aspx'),
    );
    expect(pageKey('longan.gov.vn', '/Pages/a.aspx')).not.toBe(pageKey('thanhhoa.gov.vn', '/Pages/a.aspx'));
  });
});
