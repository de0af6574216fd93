import type { Page } from '@playwright/test';
import { CONFERENCE } from '../helpers/site';
import { at, expect, questionPath, test } from './fixtures';

// "引用本问" gives one copy button per format: each puts exactly the text shown on the clipboard,
// with the day read filled in where GB/T 7714 asks for it.

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const FORMATS = ['GB/T 7714-2015', 'Chicago', 'APA', 'BibTeX', 'RIS', 'CSL-JSON'];
const WORDS = {
  'zh-Hans': { title: '引用本问', copy: '复制', copied: '已复制引用' },
  'zh-Hant': { title: '引用本問', copy: '複製', copied: '已複製引用' },
} as const;

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

for (const script of ['zh-Hans', 'zh-Hant'] as const) {
  test(`copies each citation format of question 5 in ${script} with its own button`, async ({ page, site }) => {
    const words = WORDS[script];
    await page.goto(at(site, questionPath(5, script)));
    await page.getByText(words.title, { exact: true }).click();
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    // The date read is the reader's: shown once the reader reaches the citations.
    await expect(page.locator('.cite dd').first()).toContainText(`[${today}]. http`);
    const copied: Record<string, string> = {};
    for (const [index, format] of FORMATS.entries()) {
      await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
      const button = page.getByRole('button', { name: `${words.copy}${format}`, exact: true });
      await expect(button).toHaveText(words.copy);
      await button.click();
      await expect.poll(() => readClipboard(page)).not.toBe('nothing copied yet');
      copied[format] = await readClipboard(page);
      expect(copied[format]).toBe(await page.locator('.cite dd').nth(index).textContent());
      expect(copied[format]).toContain(`${CONFERENCE}/05/`);
      await expect(page.getByRole('status')).toHaveText(words.copied);
    }
    expect(copied['GB/T 7714-2015']).toContain(`${script === 'zh-Hans' ? '第5问' : '第5問'}[${today}]. http`);
    expect(copied.BibTeX).toMatch(/^@misc\{2024-03-07-wang-yi-05,\n[\s\S]*\n\}$/);
    expect(copied.RIS).toMatch(/^TY {2}- GEN\n[\s\S]*\nER {2}- $/);
    expect(JSON.parse(copied['CSL-JSON']!)).toHaveLength(1);
  });
}
