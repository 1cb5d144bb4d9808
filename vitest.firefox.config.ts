import { defineConfig } from 'vitest/config';

// Firefox smoke suite: the Firefox build (.output/firefox-mv3) as a temporary add-on in real
// Firefox over WebDriver BiDi, against the demo portal site as the profile's proxy.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.firefox.ts'],
    globalSetup: ['tests/support/demo-site-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
