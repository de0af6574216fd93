import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../src/splitter/script/convert';

const read = (path: string) => readFileSync(new URL(`../../src/pages/${path}`, import.meta.url), 'utf8');

// Taiwan wording the traditional page uses where character conversion alone would keep mainland words.
const TAIWAN_WORDS: readonly (readonly [string, string])[] = [
  ['鏈接', '連結'],
  ['搜索', '搜尋'],
  ['鼠標', '滑鼠'],
];

describe('the about page', () => {
  const hans = read('about.mdx');
  const hant = read('zh-hant/about.mdx');

  it('has a traditional twin that says the same, in Taiwan characters and wording', () => {
    const converted = TAIWAN_WORDS.reduce((text, [from, to]) => text.replaceAll(from, to), toTraditional(hans))
      .replace('layout: ../site/layouts/', 'layout: ../../site/layouts/')
      .replace('script: zh-Hans', 'script: zh-Hant')
      .replace('path: /about/', 'path: /zh-hant/about/');
    expect(hant).toBe(converted);
  });

  it.each([
    ['about.mdx', hans, 'zh-Hans', '/about/'],
    ['zh-hant/about.mdx', hant, 'zh-Hant', '/zh-hant/about/'],
  ])('%s names its script and path for the layout', (_file, text, script, path) => {
    expect(text).toContain(`script: ${script}\n`);
    expect(text).toContain(`path: ${path}\n`);
  });
});
