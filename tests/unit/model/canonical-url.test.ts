// @vitest-environment jsdom
import { describe as group, expect, it } from 'vitest';
import { canonicalUrl, canonicalUrlOf } from '../../../utils/model/canonical-url';

group('canonicalUrl', () => {
  it.each([
    [
      'drops the fragment',
      'https://hanoi.gov.vn/tin-tuc/hop-ubnd.html#binh-luan',
      'https://hanoi.gov.vn/tin-tuc/hop-ubnd.html',
    ],
    [
      'drops utm_* parameters',
      'https://baobacgiang.vn/bai-viet.html?utm_source=zalo&utm_medium=social&UTM_Campaign=x',
      'https://baobacgiang.vn/bai-viet.html',
    ],
    [
      'drops click identifiers',
      'https://baodanang.vn/a.html?fbclid=IwAR0&gclid=abc&zarsrc=30&_hsenc=p2&mc_cid=1&mc_eid=2',
      'https://baodanang.vn/a.html',
    ],
    [
      'keeps and sorts the parameters that select content',
      'https://vpubnd.gov.vn/Pages/tin.aspx?ItemID=4521&CategoryId=7&utm_source=fb',
      'https://vpubnd.gov.vn/Pages/tin.aspx?CategoryId=7&ItemID=4521',
    ],
    [
      'keeps repeated parameters in their order',
      'https://x.gov.vn/?tag=b&id=1&tag=a',
      'https://x.gov.vn/?id=1&tag=b&tag=a',
    ],
    [
      'keeps parameter encoding as written',
      'https://x.gov.vn/tim?q=ngh%E1%BB%8B+quy%E1%BA%BFt&page=2',
      'https://x.gov.vn/tim?page=2&q=ngh%E1%BB%8B+quy%E1%BA%BFt',
    ],
    [
      'lowercases the host and drops default ports',
      'HTTPS://QuangNinh.GOV.VN:443/Trang/Tin.aspx',
      'https://quangninh.gov.vn/Trang/Tin.aspx',
    ],
    ['drops a default http port too', 'http://baoangiang.com.vn:80/a', 'http://baoangiang.com.vn/a'],
    ['keeps a non-default port', 'http://localhost:8080/a?b=1', 'http://localhost:8080/a?b=1'],
    ['drops a trailing index file', 'https://sotttt.gov.vn/tin-tuc/index.html', 'https://sotttt.gov.vn/tin-tuc/'],
    ['drops index.php', 'https://a.vn/index.php?id=3', 'https://a.vn/?id=3'],
    [
      'keeps a page merely named like an index',
      'https://a.vn/tin-tuc/index-kinh-te.html',
      'https://a.vn/tin-tuc/index-kinh-te.html',
    ],
    ['drops an empty query', 'https://a.vn/bai?', 'https://a.vn/bai'],
    ['leaves an unparsable URL alone', 'not a url', 'not a url'],
  ])('%s', (_name, url, expected) => {
    expect(canonicalUrl(url)).toBe(expected);
  });

  it.each([
    [
      'honours an absolute https canonical',
      'https://m.baobacgiang.vn/bai-123.html?utm_source=zalo',
      'https://baobacgiang.vn/bai-123.html',
      'https://baobacgiang.vn/bai-123.html',
    ],
    [
      'resolves a relative canonical on the same site',
      'https://hanoi.gov.vn/tin/abc?ref=1#x',
      '/tin/abc-123.html',
      'https://hanoi.gov.vn/tin/abc-123.html',
    ],
    [
      'cleans the canonical as well',
      'https://a.vn/x',
      'https://A.vn/bai.html?utm_source=rss#top',
      'https://a.vn/bai.html',
    ],
    [
      'ignores a canonical that is not http(s)',
      'https://a.vn/bai.html',
      'javascript:alert(1)',
      'https://a.vn/bai.html',
    ],
    ['ignores an empty canonical', 'https://a.vn/bai.html', '  ', 'https://a.vn/bai.html'],
    [
      'ignores a canonical pointing every article at the home page',
      'https://a.vn/tin/bai-1.html',
      'https://a.vn/',
      'https://a.vn/tin/bai-1.html',
    ],
    [
      'ignores a canonical on another site under the same public suffix (issue 12.1)',
      'https://evil.gov.vn/ban-sao.html',
      'https://tuyenquang.gov.vn/Pages/chi-dao.aspx',
      'https://evil.gov.vn/ban-sao.html',
    ],
    [
      'ignores a canonical on another site altogether',
      'https://baobacgiang.vn/bai-123.html',
      'https://thanhnien.com.vn/bai-123.html',
      'https://baobacgiang.vn/bai-123.html',
    ],
    [
      'honours a canonical on another host of the same registrable site',
      'https://sotc.ninhthuan.gov.vn/tin/abc.html',
      'https://www.ninhthuan.gov.vn/tin/abc.html',
      'https://www.ninhthuan.gov.vn/tin/abc.html',
    ],
    [
      'accepts the home page as canonical of the home page',
      'https://a.vn/?utm_source=x',
      'https://a.vn/',
      'https://a.vn/',
    ],
  ])('%s', (_name, url, canonical, expected) => {
    expect(canonicalUrl(url, canonical)).toBe(expected);
  });
});

group('canonicalUrlOf', () => {
  function pageAt(path: string, head = ''): Document {
    window.history.replaceState(null, '', path);
    document.head.innerHTML = head;
    return document;
  }

  it('reads rel=canonical among other rel tokens, relative to the page', () => {
    const doc = pageAt('/tin/abc?utm_source=zalo', '<link rel="Alternate CANONICAL" href="/tin/bai-viet-123.html">');
    expect(canonicalUrlOf(doc)).toBe(`${location.origin}/tin/bai-viet-123.html`);
  });

  it('falls back to the cleaned page URL', () => {
    const doc = pageAt('/tin/bai.html?utm_source=fb&id=2#phan-2', '<link rel="stylesheet" href="/a.css">');
    expect(canonicalUrlOf(doc)).toBe(`${location.origin}/tin/bai.html?id=2`);
  });
});
