import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { format, useStrings } from '../../../src/site/i18n/strings';
import { toTraditional } from '../../../src/splitter/script/convert';

// Read the JSON files as text, so key order is the order on disk.
const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../src/site/i18n/${name}`, import.meta.url), 'utf8')) as Record<string, string>;
const hans = read('zh-Hans.json');
const hant = read('zh-Hant.json');
const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/**
 * zh-Hant values that are meant to stay in simplified characters, each with why.
 * Everything else in zh-Hant.json must already be what toTraditional gives.
 */
const SIMPLIFIED_ON_PURPOSE: Record<string, string> = {
  'script.hans': 'the script switch names the simplified script in simplified characters: 简 / 繁',
};

describe('UI strings', () => {
  it('have the same keys in the same order in both scripts', () => {
    expect(Object.keys(hant)).toEqual(Object.keys(hans));
  });

  it('have no empty value', () => {
    for (const [key, value] of [...Object.entries(hans), ...Object.entries(hant)]) expect(value.trim(), key).not.toBe('');
  });

  it.each(Object.keys(hans))('%s has the same placeholders in both scripts', (key) => {
    expect(placeholders(hant[key] ?? '')).toEqual(placeholders(hans[key] ?? ''));
  });

  it.each(Object.keys(hant).filter((key) => !(key in SIMPLIFIED_ON_PURPOSE)))('zh-Hant %s is already traditional', (key) => {
    const value = hant[key] ?? '';
    expect(toTraditional(value)).toBe(value);
  });

  it.each(Object.keys(SIMPLIFIED_ON_PURPOSE))('zh-Hant %s is simplified on purpose and matches zh-Hans', (key) => {
    expect(hant[key]).toBe(hans[key]);
    expect(toTraditional(hant[key] ?? '')).not.toBe(hant[key]);
  });

  it('keep the other script\'s name in its own script', () => {
    expect(hant['script.hant']).toBe('繁');
    expect(hans['script.hant']).toBe('繁');
  });

  // The traditional interface speaks Taiwan's words (OpenCC's s2tw converts characters, not words).
  it.each([
    ['關鍵詞', '關鍵字'],
    ['軟件', '軟體'],
    ['信息', '資訊'],
    ['網絡', '網路'],
    ['默認', '預設'],
  ])('zh-Hant says %s as %s', (mainland) => {
    for (const [key, value] of Object.entries(hant)) expect(value, key).not.toContain(mainland);
  });

  it('zh-Hant asks for 關鍵字 in the search field', () => {
    expect(hant['search.placeholder']).toMatch(/^關鍵字/);
  });
});

describe('format', () => {
  it('fills placeholders', () => {
    expect(format('第{number}问（共{count}问）', { number: 5, count: 14 })).toBe('第5问（共14问）');
  });

  it('fills a placeholder each time it occurs', () => {
    expect(format('{a}{a}{b}', { a: 1, b: 'x' })).toBe('11x');
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(format('第{number}问（共{count}问）', { number: 5 })).toBe('第5问（共{count}问）');
    expect(format('{count}条结果')).toBe('{count}条结果');
  });

  it('fills 0 and the empty string', () => {
    expect(format('{count}|{marker}|', { count: 0, marker: '' })).toBe('0||');
  });

  it('does not read values as templates or replacement patterns', () => {
    expect(format('“{marker}”', { marker: '{page} $& $1' })).toBe('“{page} $& $1”');
  });
});

describe('useStrings', () => {
  it.each([
    ['zh-Hans', '第5问（共14问）', '下一问'],
    ['zh-Hant', '第5問（共14問）', '下一問'],
  ] as const)('looks up %s strings and fills them', (script, of, next) => {
    const t = useStrings(script);
    expect(t('question.of', { number: 5, count: 14 })).toBe(of);
    expect(t('nav.next')).toBe(next);
  });

  it('fills every placeholder of every string when given values for them', () => {
    for (const script of ['zh-Hans', 'zh-Hant'] as const) {
      const t = useStrings(script);
      for (const key of Object.keys(hans) as Parameters<typeof t>[0][]) {
        const values = Object.fromEntries(placeholders(hans[key] ?? '').map((name) => [name ?? '', 'X']));
        expect(t(key, values), `${script} ${key}`).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
