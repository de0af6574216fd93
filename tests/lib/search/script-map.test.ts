import { describe, expect, it } from 'vitest';
import { toSimplified, toTraditional } from '../../../src/lib/script/convert';
import { buildScriptMap, folder, queryVariants } from '../../../src/lib/search/script-map';

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
