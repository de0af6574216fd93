import { test as base, expect } from '@playwright/test';
import { serve } from '../../scripts/serve';

/** Browser tests run against the built dist/, served like a static host on a free port, one server per worker. */
export const test = base.extend<{ failOnConsoleErrors: void }, { site: string }>({
  site: [
    async ({}, use) => {
      const running = await serve({ port: 0 });
      await use(running.url);
      await running.close();
    },
    { scope: 'worker' },
  ],
  // Every page must load without console errors or uncaught exceptions.
  failOnConsoleErrors: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !/404 \(Not Found\)/.test(message.text())) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await use();
      expect(problems, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Build an absolute URL of the site from a path without the base (`/2024-03-07-wang-yi/05/`). */
export function at(site: string, path: string): string {
  return new URL(path.replace(/^\//, ''), site).href;
}

export { archivePath, conferencePath, QUESTION_COUNT, questionPath, type Script } from '../helpers/site';

