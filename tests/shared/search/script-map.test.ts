import { describe, expect, it } from 'vitest';
import { toSimplified, toTraditional } from '../../../src/splitter/script/convert';
import {
  addFormCounts,
  buildScriptMap,
  countForms,
  folder,
  formCountsText,
  queryVariants,
  scriptMapOf,
  type FormCounts,
} from '../../../src/shared/search/script-map';

/** Aligned simplified/traditional texts, as the archive's pages would give them. */
const PAIRS = [
  ['干部', '幹部'],
  ['骨干', '骨幹'],
  ['干涉', '干涉'],
  ['东盟', '東盟'],
  ['两国方案', '兩國方案'],
  ['中美关系', '中美關係'],
] as const;
const map = buildScriptMap(PAIRS);

describe('buildScriptMap', () => {
  it('maps the characters that change, with every form the archive uses, most frequent first', () => {
    expect(map).toEqual({
      s2t: '东東 两兩 关關 国國 干幹干 系係',
      t2s: '係系兩两國国幹干東东關关',
    });
  });

  it('keeps a character that both changes and stays, with both forms (干部 / 干涉)', () => {
    const group = map.s2t.split(' ').find((candidate) => candidate.startsWith('干'));
    expect([...(group ?? '')].slice(1)).toEqual(['幹', '干']);
  });

  it('orders equally frequent forms by code point', () => {
    expect(buildScriptMap([['干部', '幹部'], ['干涉', '干涉']]).s2t).toBe('干干幹');
  });

  it('leaves out characters that never change', () => {
    expect(map.s2t).not.toMatch(/[部涉盟方案中美]/u);
    expect(map.t2s).not.toMatch(/[部涉盟方案中美]/u);
  });

  it('skips pairs of different lengths rather than misalign them', () => {
    expect(buildScriptMap([['发展', '發展了']])).toEqual({ s2t: '', t2s: '' });
  });

  it('ignores punctuation, digits and Latin letters', () => {
    expect(buildScriptMap([['“发”2a', '「發」2A']])).toEqual({ s2t: '发發', t2s: '發发' });
  });

  it('counts characters outside the BMP as one', () => {
    expect(buildScriptMap([['𠀀发', '𠀀發']])).toEqual({ s2t: '发發', t2s: '發发' });
  });

  it('adds traditional variants a reader may type, when given a simplifier', () => {
    const withVariants = buildScriptMap([['里面', '裡面']], toSimplified);
    expect(withVariants.s2t).toBe('里裡');
    expect(withVariants.t2s).toContain('裡里');
    expect(withVariants.t2s).toContain('裏里');
    expect(buildScriptMap([['里面', '裡面']]).t2s).toBe('裡里');
  });

  it('builds a map from pages converted by the real converter', () => {
    const texts = ['坚持不干涉内政', '培养干部', '中国与东盟国家'];
    expect(buildScriptMap(texts.map((text) => [text, toTraditional(text)] as const)).s2t).toBe('与與 东東 养養 内內 国國 坚堅 干干幹');
  });
});

describe('form counts', () => {
  /** Counts written out by hand: a character, then each form and its count. */
  const counts = (entries: Record<string, Record<string, number>>): FormCounts =>
    new Map(Object.entries(entries).map(([character, forms]) => [character, new Map(Object.entries(forms))]));
  const OTHER_PAIRS = [
    ['头发', '頭髮'],
    ['干涉', '干涉'],
    ['𠀀发展', '𠀀發展'],
  ] as const;

  it('counts each form of each Han character', () => {
    expect(formCountsText(countForms([['发展', '發展'], ['头发', '頭髮'], ['出发', '出發']]))).toBe('出出1 发發2髮1 头頭1 展展1');
  });

  it.each([
    ['no counts', new Map() as FormCounts],
    ['one character', counts({ 发: { 發: 1 } })],
    ['counts of more than one digit', counts({ 发: { 發: 120, 髮: 2 }, 的: { 的: 3000 }, 干: { 幹: 10, 干: 19 } })],
    ['characters outside the BMP, as characters and as forms', counts({ '𠀀': { '𠀀': 12 }, 杰: { '𠀀': 10, 傑: 7 }, 发: { 發: 1 } })],
  ])('reads back %s as written', (_name, original) => {
    const text = formCountsText(original);
    expect(addFormCounts(new Map(), text)).toEqual(original);
    expect(formCountsText(addFormCounts(new Map(), text))).toBe(text);
  });

  it('writes counts in a stable order, whatever order they were counted in', () => {
    const forward = countForms([...PAIRS, ...OTHER_PAIRS]);
    const backward = countForms([...OTHER_PAIRS, ...PAIRS].reverse());
    expect(formCountsText(forward)).toBe(formCountsText(backward));
    expect(formCountsText(counts({ '𠀀': { '𠀀': 12 }, 发: { 髮: 2, 發: 120 } }))).toBe('发發120髮2 𠀀𠀀12');
  });

  it('reads back the counts of real text, supplementary characters included', () => {
    const original = countForms([...PAIRS, ...OTHER_PAIRS, ...Array.from({ length: 11 }, () => ['发展', '發展'] as const)]);
    expect(original.get('发')?.get('發')).toBe(12);
    expect(original.get('𠀀')?.get('𠀀')).toBe(1);
    expect(addFormCounts(new Map(), formCountsText(original))).toEqual(original);
  });

  it('adds the counts of two texts to the counts of both', () => {
    const both = countForms([...PAIRS, ...OTHER_PAIRS]);
    const added = addFormCounts(countForms(PAIRS), formCountsText(countForms(OTHER_PAIRS)));
    expect(added).toEqual(both);
    expect(formCountsText(added)).toBe(formCountsText(both));
  });

  it('adds into an empty total, leaving the added counts as they were', () => {
    const part = countForms(OTHER_PAIRS);
    const before = formCountsText(part);
    const total = addFormCounts(addFormCounts(new Map(), before), before);
    expect(formCountsText(part)).toBe(before);
    expect(total.get('发')?.get('發')).toBe(2 * (part.get('发')?.get('發') ?? 0));
  });

  it('gives the same script map as the texts they were counted from', () => {
    expect(scriptMapOf(countForms(PAIRS))).toEqual(buildScriptMap(PAIRS));
    expect(scriptMapOf(countForms(PAIRS))).toEqual(map);
    expect(scriptMapOf(countForms([['里面', '裡面']]), toSimplified)).toEqual(buildScriptMap([['里面', '裡面']], toSimplified));
  });

  it('gives the same script map when counted per conference, added up and read back from text', () => {
    const perConference = [PAIRS, OTHER_PAIRS].map((pairs) => formCountsText(countForms(pairs)));
    const total = perConference.reduce((sum, part) => addFormCounts(sum, part), new Map() as FormCounts);
    expect(scriptMapOf(total)).toEqual(buildScriptMap([...PAIRS, ...OTHER_PAIRS]));
  });
});

describe('queryVariants', () => {
  describe('on a simplified page', () => {
    it.each([
      ['東盟', '东盟'],
      ['兩國方案', '两国方案'],
      ['中美 關係', '中美 关系'],
      ['中美 关系', '中美 关系'],
      ['幹部', '干部'],
      ['干涉', '干涉'],
      ['南海', '南海'],
      ['', ''],
    ])('searches %j as %j', (query, variant) => {
      expect(queryVariants(query, map, 'zh-Hans')).toEqual([variant]);
    });
  });

  describe('on a traditional page', () => {
    it.each([
      ['东盟', ['東盟']],
      ['東盟', ['東盟']],
      ['两国方案', ['兩國方案']],
      ['中美 关系', ['中美 關係']],
      ['中美 關係', ['中美 關係']],
      ['幹部', ['幹部']],
      ['南海', ['南海']],
    ])('searches %j as %j', (query, variants) => {
      expect(queryVariants(query, map, 'zh-Hant')).toEqual(variants);
    });

    it('maps a variant the archive does not use to the form it does', () => {
      const withVariants = buildScriptMap([['里面', '裡面']], toSimplified);
      expect(queryVariants('裏面', withVariants, 'zh-Hant')).toEqual(['裡面']);
      expect(queryVariants('里面', withVariants, 'zh-Hant')).toEqual(['裡面']);
      expect(queryVariants('裏面', withVariants, 'zh-Hans')).toEqual(['里面']);
    });

    it('searches each traditional form of a character that has several (发 → 發, 髮)', () => {
      const hair = buildScriptMap([['发展', '發展'], ['头发', '頭髮'], ['出发', '出發']]);
      expect(queryVariants('发', hair, 'zh-Hant')).toEqual(['發', '髮']);
      expect(queryVariants('发发', hair, 'zh-Hant')).toEqual(['發發', '發髮', '髮發', '髮髮']);
    });

    it('gives at most 8 variants', () => {
      const hair = buildScriptMap([['发展', '發展'], ['头发', '頭髮']]);
      const variants = queryVariants('发发发发', hair, 'zh-Hant');
      expect(variants).toHaveLength(8);
      expect(new Set(variants).size).toBe(8);
    });

    // A simplified character that also stays itself in some traditional words (干 in 干涉, 准 in 批准)
    // is searched in every traditional form the archive uses, not only as itself.
    it('searches every traditional form of a character that is ambiguous (干部 → 幹部, 干部)', () => {
      expect(queryVariants('干部', map, 'zh-Hant')).toEqual(['幹部', '干部']);
    });

    it('finds 南海行为准则 in the traditional seed text', () => {
      const seed = ['中国和东盟国家都要继续落实好《南海各方行为宣言》', '推进“南海行为准则”磋商', '批准'];
      const seedMap = buildScriptMap(seed.map((text) => [text, toTraditional(text)] as const));
      expect(toTraditional('南海行为准则')).toBe('南海行為準則');
      expect(queryVariants('南海行为准则', seedMap, 'zh-Hant')).toContain('南海行為準則');
    });
  });
});

describe('folder', () => {
  const fold = folder(map);

  it.each([
    ['東盟', '东盟'],
    ['东盟', '东盟'],
    ['Bloomberg', 'bloomberg'],
    ['中美關係 AI', '中美关系 ai'],
    ['', ''],
  ])('folds %j to %j', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('keeps the length of every character, so positions in the folded text are positions in the text', () => {
    // İ lowercases to two code units and 𠀀 is two code units: both keep their length.
    for (const text of ['İstanbul 東盟', '𠀀兩國方案', 'ǅ幹部']) expect(fold(text)).toHaveLength(text.length);
    expect(fold('İ')).toBe('İ');
  });

  it('folds queries and pages alike, in either script', () => {
    expect(fold(toTraditional('两国方案'))).toBe(fold('两国方案'));
  });
});

describe('Hong Kong variant characters', () => {
  // The traditional pages are written in Taiwan's standard: a reader in Hong Kong types 衞生, 着重, 公布.
  const words = ['卫生', '着重', '公布'];
  const archive = buildScriptMap(
    words.map((word) => [word, toTraditional(word)] as const),
    [(text) => toSimplified(text, 'tw'), (text) => toSimplified(text, 'hk')],
  );

  it.each([
    ['衞生', '衛生'],
    ['着重', '著重'],
    ['公布', '公佈'],
  ])('%s is searched as the page writes it, %s, and folds alike', (typed, written) => {
    expect(toTraditional(words.find((word) => toTraditional(word) === written)!)).toBe(written);
    expect(queryVariants(typed, archive, 'zh-Hant')).toContain(written);
    expect(folder(archive)(typed)).toBe(folder(archive)(written));
  });
});
