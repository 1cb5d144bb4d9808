import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure modules in Node, DOM modules under jsdom (per-file `@vitest-environment jsdom`),
// storage against fake-indexeddb. Real-browser behaviour lives in vitest.e2e.config.ts.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    globalSetup: ['tests/support/demo-site-setup.ts'],
    setupFiles: ['fake-indexeddb/auto', 'tests/support/testing-library-setup.ts'],
    globals: true,
    testTimeout: 20_000,
  },
});
