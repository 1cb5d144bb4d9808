import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Portal domains the content script runs on without asking (see utils/page/portal-domains.ts
// for the same list used at run time). Anything else needs activeTab or an optional permission.
import { PORTAL_MATCHES } from './utils/page/portal-domains';

export default defineConfig({
  imports: false,
  // Chrome rejects bundles with raw non-ASCII bytes in some cases ("not UTF-8 encoded").
  experimental: { escapeUnicode: true } as never,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'GovMark',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'sidePanel', 'alarms'],
    host_permissions: PORTAL_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_cmdHighlight__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'govmark@example.org', strict_min_version: '140.0' } } }
      : {}),
  }),
});
