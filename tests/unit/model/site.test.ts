import { describe, expect, it } from 'vitest';
import { registrableSite, sameSite } from '../../../utils/model/site';

describe('registrableSite', () => {
  it.each([
    ['ninhthuan.gov.vn', 'ninhthuan.gov.vn'],
    ['sotc.ninhthuan.gov.vn', 'ninhthuan.gov.vn'],
    ['evil.gov.vn', 'evil.gov.vn'],
    ['m.baochinhphu.vn', 'baochinhphu.vn'],
    ['www.baochinhphu.vn', 'baochinhphu.vn'],
    ['WWW.BaoQuangNinh.vn.', 'baoquangninh.vn'],
    ['thanhnien.com.vn', 'thanhnien.com.vn'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s → %s', (host, site) => {
    expect(registrableSite(host)).toBe(site);
  });
});

describe('sameSite', () => {
  it('keeps the provinces of gov.vn apart and maps mobile and www hosts to their site', () => {
    expect(sameSite('https://evil.gov.vn/a', 'https://tuyenquang.gov.vn/a')).toBe(false);
    expect(sameSite('https://m.baochinhphu.vn/a', 'https://baochinhphu.vn/b')).toBe(true);
    expect(sameSite('http://www.tuyenquang.gov.vn/x', 'https://tuyenquang.gov.vn/y')).toBe(true);
    expect(sameSite('https://a.github.io/', 'https://b.github.io/')).toBe(false);
    expect(sameSite('not a url', 'https://tuyenquang.gov.vn/')).toBe(false);
  });
});
