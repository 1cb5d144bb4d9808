import { describe, expect, it } from 'vitest';
import { NEWSPAPER_DOMAINS, PORTAL_MATCHES } from '../../../utils/model/portal-domains';

describe('where GovMark runs by itself', () => {
  it('covers every *.gov.vn host and the provincial newspapers with their subdomains, nothing else', () => {
    expect(PORTAL_MATCHES[0]).toBe('*://*.gov.vn/*');
    expect(PORTAL_MATCHES).toContain('*://baoquangninh.com.vn/*');
    expect(PORTAL_MATCHES).toContain('*://*.baonghean.vn/*');
    expect(PORTAL_MATCHES).toEqual([
      '*://*.gov.vn/*',
      ...NEWSPAPER_DOMAINS.flatMap((domain) => [`*://${domain}/*`, `*://*.${domain}/*`]),
    ]);
    // Each newspaper by its own name: no pattern reaches a look-alike host or every site.
    for (const match of PORTAL_MATCHES) expect(match).toMatch(/^\*:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
  });
});
