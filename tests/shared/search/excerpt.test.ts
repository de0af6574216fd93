import { describe, expect, it } from 'vitest';
import { cutExcerpt, excerptLang, matchRanges, type ExcerptPart } from '../../../src/shared/search/excerpt';

/** Write an excerpt as text with [marks]. */
const show = (parts: ExcerptPart[]) => parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

describe('matchRanges', () => {
  it.each([
    ['南海和南海', ['南海'], [[0, 2], [3, 5]]],
    ['中美关系', ['中美', '关系'], [[0, 4]]],
    ['中美关系', ['美关', '中美'], [[0, 3]]],
    ['啊啊啊', ['啊啊'], [[0, 3]]],
    ['南海', ['东海'], []],
    ['南海', [''], []],
    ['南海', [], []],
  ])('finds %j in %j at %j', (text, terms, ranges) => {
    expect(matchRanges(text, terms)).toEqual(ranges);
  });
});

describe('cutExcerpt', () => {
  const shown = (parts: ExcerptPart[]) => parts.map((part) => part.text).join('');

  it('cuts English at a space, not inside a word', () => {
    const text = 'What does China expect from the talks on plastic pollution that start next week in Busan?';
    const parts = cutExcerpt(text, matchRanges(text, ['plastic']), 40);
    expect(shown(parts)).toMatch(/^…\S+ .* \S+…$/);
    for (const word of shown(parts).replace(/…/g, '').split(' ')) expect(text.split(/[ ?]/)).toContain(word);
  });

  it('still cuts Chinese anywhere', () => {
    const text = '中方一贯积极参与全球环境治理。我们希望各方本着相互尊重、求同存异的精神，推动谈判取得平衡、务实的成果。';
    expect(shown(cutExcerpt(text, matchRanges(text, ['相互尊重']), 20))).toHaveLength(22);
  });

  const text = '一二三四五六七八九十。甲乙丙丁戊己庚辛壬癸，子丑寅卯辰巳午未申酉戌亥';

  it('gives a short text whole, with its matches marked', () => {
    expect(show(cutExcerpt('中美关系', [[0, 2]], 64))).toBe('[中美]关系');
  });

  it('gives the beginning of a long text without matches, with … where it is cut', () => {
    expect(show(cutExcerpt(text, [], 10))).toBe('一二三四五六七八九十…');
  });

  it('cuts around a match in the middle, with … on both sides', () => {
    const at = text.indexOf('庚');
    const excerpt = show(cutExcerpt(text, [[at, at + 1]], 12));
    expect(excerpt).toMatch(/^…/);
    expect(excerpt).toMatch(/…$/);
    expect(excerpt).toContain('[庚]');
    expect(excerpt.replace(/…|\[|\]/g, '')).toHaveLength(12);
    expect(text).toContain(excerpt.replace(/…|\[|\]/g, ''));
  });

  it('starts after a clause break just before the match rather than mid-clause', () => {
    const at = text.indexOf('丁');
    expect(show(cutExcerpt(text, [[at, at + 1]], 12))).toBe('…甲乙丙[丁]戊己庚辛壬癸，子…');
  });

  it('has no … at an end that is the text\'s own', () => {
    const at = text.indexOf('亥');
    expect(show(cutExcerpt(text, [[at, at + 1]], 12))).toMatch(/^…[^…]*\[亥\]$/);
  });

  it('prefers the window that holds the most matches', () => {
    const ranges = matchRanges(text, ['二', '子', '丑', '寅']);
    expect(show(cutExcerpt(text, ranges, 12))).toContain('[子丑寅]');
  });

  it('shows a given position when there is no match', () => {
    expect(show(cutExcerpt(text, [], 6, text.indexOf('卯')))).toBe('…寅卯辰巳午未…');
    // A clause break before the position may move the start, never past the position.
    expect(show(cutExcerpt(text, [], 8, text.indexOf('子')))).toBe('子丑寅卯辰巳午未…'.replace(/^/, '…'));
  });

  it('marks a match cut by the window only where it shows', () => {
    expect(show(cutExcerpt('一二三四五六', [[0, 6]], 4))).toBe('[一二三四]…');
  });

  it('never cuts a character outside the BMP in two', () => {
    const wide = `${'𠀀'.repeat(10)}南海`;
    const excerpt = show(cutExcerpt(wide, [[20, 22]], 7));
    expect(excerpt).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
    expect(excerpt).toBe('…𠀀𠀀𠀀[南海]');
  });
});

describe('matchRanges across punctuation', () => {
  it('finds a term the reader typed without the text\'s commas, and marks it with them', () => {
    expect(matchRanges('热点，是中国', ['热点是中'])).toEqual([[0, 5]]);
  });
});

describe('excerptLang', () => {
  it.each([
    ['English words alone', [{ text: 'What does China ', mark: false }, { text: 'expect', mark: true }], 'en'],
    ['Chinese', [{ text: '中方的立场', mark: false }], undefined],
    ['Chinese with a Latin name', [{ text: '世界贸易组织（WTO）', mark: false }], undefined],
    ['digits alone', [{ text: '2024', mark: false }], undefined],
  ] as const)('marks %s', (_name, parts, lang) => {
    expect(excerptLang(parts)).toBe(lang);
  });
});
