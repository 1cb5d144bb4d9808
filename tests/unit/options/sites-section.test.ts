import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
const { hostOf } = await import('../../../components/options/SitesSection');
const { shortcutSettingsUrl } = await import('../../../components/options/ShortcutsSection');

describe('hostOf', () => {
  it('reads a host from a name or a pasted address', () => {
    expect(hostOf(' Example.org ')).toBe('example.org');
    expect(hostOf('https://tin.example.org/bai-viet?id=1')).toBe('tin.example.org');
  });

  it('refuses what is not a site name', () => {
    expect(hostOf('')).toBeNull();
    expect(hostOf('not a site')).toBeNull();
    expect(hostOf('localhost')).toBeNull();
  });
});

describe('shortcutSettingsUrl', () => {
  it('points at each browser’s own shortcut page', () => {
    expect(shortcutSettingsUrl('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe(
      'about:addons',
    );
    expect(shortcutSettingsUrl('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36')).toBe(
      'chrome://extensions/shortcuts',
    );
  });
});
