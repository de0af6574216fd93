import { test as base, expect, type Page } from '@playwright/test';
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


/**
 * Load a page and give every layout shift it made without user input, once fonts are ready and
 * it has rendered twice more (each shift with its size and the elements that moved).
 */
export async function layoutShiftsOf(page: Page, url: string): Promise<{ cls: number; shifts: string[] }> {
  await page.addInitScript(() => {
    const record = { cls: 0, shifts: [] as string[] };
    const add = (entries: PerformanceEntryList) => {
      for (const entry of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (entry.hadRecentInput) continue;
        record.cls += entry.value;
        record.shifts.push(`${entry.value.toFixed(4)} ${(entry.sources ?? []).map((source) => (source.node instanceof Element ? source.node.outerHTML.slice(0, 60) : source.node?.nodeName)).join(' | ')}`);
      }
    };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    Object.assign(window, { layoutShifts: { record, flush: () => add(observer.takeRecords()) } });
  });
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(
    () =>
      new Promise<{ cls: number; shifts: string[] }>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const { layoutShifts } = window as unknown as { layoutShifts: { record: { cls: number; shifts: string[] }; flush: () => void } };
            layoutShifts.flush();
            resolve(layoutShifts.record);
          }),
        ),
      ),
  );
}
