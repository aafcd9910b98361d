// `npm run test:browser`: the site in Debian's Chromium (test/browser/), apart from `npm test`, which needs no browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
