import { describe, expect, it } from 'vitest';
import { isPortalHost, PORTAL_MATCHES } from '../../../utils/model/portal-domains';

describe('where GovMark runs by itself', () => {
  it('covers every *.gov.vn host and the provincial newspapers, nothing else', () => {
    expect(isPortalHost('ninhthuan.gov.vn')).toBe(true);
    expect(isPortalHost('soyte.angiang.gov.vn')).toBe(true);
    expect(isPortalHost('baoquangninh.com.vn')).toBe(true);
    expect(isPortalHost('www.baonghean.vn')).toBe(true);
    expect(isPortalHost('gov.vn.example.com')).toBe(false);
    expect(isPortalHost('vnexpress.net')).toBe(false);
    expect(isPortalHost('notbaonghean.vn')).toBe(false);
    expect(PORTAL_MATCHES).toContain('*://*.gov.vn/*');
    expect(PORTAL_MATCHES.some((m) => m.includes('<all_urls>'))).toBe(false);
  });
});
