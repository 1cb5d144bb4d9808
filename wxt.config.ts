import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Portal domains the content script runs on without asking (see utils/model/portal-domains.ts
// for the same list used at run time). Anything else needs activeTab or an optional permission.
import { PORTAL_MATCHES } from './utils/model/portal-domains';

/** Rendered from scripts/icons/govmark-icon.svg by scripts/build-icons.ts. */
const ICON_SIZES = [16, 32, 48, 96, 128];
const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));

export default defineConfig({
  imports: false,
  // @preact/preset-vite is typed against a different Vite major than WXT bundles; the plugin
  // objects are compatible at run time.
  // Chrome refuses some valid UTF-8 content scripts ("It isn't UTF-8 encoded"): emit ASCII
  // only, with every other character escaped.
  vite: () => ({ plugins: [preact() as never], esbuild: { charset: 'ascii' }, build: { minify: 'esbuild' } }),
  manifest: ({ browser }) => ({
    name: 'GovMark',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: ICONS,
    action: {
      default_icon: ICONS,
      // Firefox picks the variant that reads on the toolbar's theme; Chrome ignores the key.
      ...(browser === 'firefox'
        ? {
            theme_icons: ICON_SIZES.map((size) => ({ light: `icon/${size}-dark.png`, dark: `icon/${size}.png`, size })),
          }
        : {}),
    },
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'contextMenus',
      'alarms',
      // Deadline reminders (utils/reminders).
      'notifications',
      // Firefox has no sidePanel API (WXT turns the side panel into a sidebar_action there), and
      // `web-ext lint` flags the unknown permission.
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: PORTAL_MATCHES,
    // The in-page note editor (entrypoints/note-editor) is framed in the pages the content
    // script runs on by itself, and in no other. On a site the reader switched on later, the
    // side panel takes the note instead (utils/page/reader-actions.ts).
    web_accessible_resources: [{ resources: ['note-editor.html'], matches: PORTAL_MATCHES }],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_cmdHighlight__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'govmark@example.org',
              strict_min_version: '140.0',
              // Everything the reader writes stays in the browser: nothing is collected or sent.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
