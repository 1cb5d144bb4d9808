import { defineConfig } from 'vitest/config';

// End-to-end: the built extension (.output/chrome-mv3) in real Chromium against the demo
// portal site on loopback. One file at a time: each launches its own browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/support/demo-site-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
