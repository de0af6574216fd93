import { defineConfig } from 'vitest/config';

// Layers: `unit` (pure and fast, no build), `render` (components rendered by Astro's container API,
// tests/render/vitest.config.ts), and `build` (checks the HTML of the one shared build in dist/, without
// a browser; `npm test` builds before it runs). Browser tests are Playwright's (tests/e2e/).
export default defineConfig({
  test: {
    projects: [
      'tests/render/vitest.config.ts',
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/build/**', 'tests/e2e/**', 'tests/render/**', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // The checkout-path test builds a copy of the project: a few seconds alone, longer on a busy machine.
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
