import { describe, expect, it } from 'vitest';
import { createTraditionalConverter, toSimplified, toTraditional } from '../../../src/splitter/script/convert';
import { OVERRIDES } from '../../../src/splitter/script/overrides';
import { GOLDEN_TEXTS, goldenInputs, readGolden, REGENERATE } from '../../helpers/opencc-golden';

const SEED = GOLDEN_TEXTS.seed ?? '';

/** A trap: its name, and simplified → traditional pairs that must come out right. */
type Trap = [name: string, cases: [simplified: string, traditional: string][]];

const TRAPS: Trap[] = [
  ['头发 / 发展', [['头发', '頭髮'], ['发展', '發展']]],
  ['之后 / 皇后', [['之后', '之後'], ['皇后', '皇后']]],
  ['台湾 / 平台', [['台湾', '臺灣'], ['平台', '平臺']]],
  ['干部 / 干涉 / 干净', [['干部', '幹部'], ['干涉', '干涉'], ['干净', '乾淨']]],
  ['面条 / 方面', [['面条', '麵條'], ['方面', '方面']]],
  ['里面 / 公里', [['里面', '裡面'], ['公里', '公里']]],
  ['关系 / 联系', [['关系', '關係'], ['联系', '聯繫']]],
  ['制度 / 制造', [['制度', '制度'], ['制造', '製造']]],
  ['准则', [['准则', '準則']]],
  ['范式', [['范式', '範式']]],
  ['no phrase substitution', [['支持', '支持'], ['通过', '通過']]],
  ['着', [['着力', '著力']]],
  [
    'overrides in seed context',
    [
      ['坚持一个中国原则', '堅持一個中國原則'],
      ['维护好、发展好中俄关系', '維護好、發展好中俄關係'],
      ['中央广播电视总台央视记者', '中央廣播電視總臺央視記者'],
      ['深刻阐明了中方对', '深刻闡明了中方對'],
      ['指明了解决方向', '指明了解決方向'],
      ['形成了新征程上', '形成了新征程上'],
      ['保持高度克制', '保持高度克制'],
      ['实行免签政策，商签更多协定', '實行免簽政策，商簽更多協定'],
      ['全面战略伙伴关系', '全面戰略夥伴關係'],
      ['合作伙伴', '合作夥伴'],
      ['友谊的桥梁', '友誼的橋梁'],
    ],
  ],
];

describe.each(TRAPS)('toTraditional: %s', (_trap, cases) => {
  it.each(cases)('%s → %s', (simplified, traditional) => {
    expect(toTraditional(simplified)).toBe(traditional);
  });

  it.each(cases)('%s ← %s', (simplified, traditional) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });
});

describe('quotation marks', () => {
  it.each([
    ['他说：“我们‘不’同意。”', '他說：「我們『不』同意。」'],
    ['“一国两制”', '「一國兩制」'],
  ])('toTraditional(%s) uses corner brackets', (simplified, traditional) => {
    expect(toTraditional(simplified)).toBe(traditional);
  });

  it('leaves an apostrophe between Latin letters alone', () => {
    expect(toTraditional('China’s “Belt”')).toBe('China’s 「Belt」');
  });

  it.each([
    ['他說：「我們『不』同意。」', '他说：“我们‘不’同意。”'],
    ['「一國兩制」', '“一国两制”'],
  ])('toSimplified(%s) uses curly quotes', (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });
});

describe('round trip', () => {
  const sample =
    '王毅说：“中方坚持一个中国原则，愿同各国发展伙伴关系。”之后他谈到头发、面条、干部和里面的关系。';

  it('toSimplified(toTraditional(x)) gives x back', () => {
    expect(toSimplified(toTraditional(sample))).toBe(sample);
  });

  it('is stable when repeated', () => {
    const once = toSimplified(toTraditional(sample));
    expect(toSimplified(toTraditional(once))).toBe(once);
  });

  it('gives the seed transcript back', () => {
    expect(toSimplified(toTraditional(SEED))).toBe(SEED);
  });

  it('keeps the UTF-16 length of the seed transcript', () => {
    expect(toTraditional(SEED)).toHaveLength(SEED.length);
  });
});

/** Applies the quote style of toTraditional to OpenCC output, which s2tw leaves alone. */
function taiwanQuotes(text: string): string {
  const quotes: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
  return text.replace(/[“”‘’]/g, (q) => quotes[q] ?? q);
}

/** Lists positions where two conversions of SEED differ, with context. */
function differences(ours: string, theirs: string): { index: number; ours: string; theirs: string }[] {
  const out: { index: number; ours: string; theirs: string }[] = [];
  for (let i = 0; i < ours.length; i++) {
    if (ours[i] !== theirs[i]) out.push({ index: i, ours: ours[i] ?? '', theirs: theirs[i] ?? '' });
  }
  return out;
}

/** Tells whether an override entry produces `char` at `index` of the converted SEED. */
function explainedByOverride(index: number, char: string): boolean {
  return OVERRIDES.some(([simplified, traditional]) => {
    for (let start = Math.max(0, index - simplified.length + 1); start <= index; start++) {
      if (SEED.startsWith(simplified, start) && traditional[index - start] === char) return true;
    }
    return false;
  });
}

/** Formats a difference with its source context for a failure message. */
function describeDifference(d: { index: number; ours: string; theirs: string }): string {
  const context = SEED.slice(Math.max(0, d.index - 4), d.index + 5).replace(/\n/g, '⏎');
  return `@${d.index} ${context}: ours ${d.ours}, OpenCC ${d.theirs}`;
}

// The official C++ OpenCC (an engine independent of opencc-js), through its output kept in
// tests/fixtures/opencc/s2tw.json: see scripts/golden-opencc.ts for how it is made.
describe('seed transcript against native OpenCC s2tw (golden file)', () => {
  const golden = readGolden();
  const current = goldenInputs();
  const native = golden.texts.seed;

  it('is about the current seed transcript', () => {
    expect(golden.inputs.texts.seed, `the seed transcript changed: run \`${REGENERATE}\``).toBe(current.texts.seed);
  });

  it('agrees on at least 99.9 % of characters when given the same overrides', () => {
    expect(golden.inputs.overrides, `the override list changed: run \`${REGENERATE}\``).toBe(current.overrides);
    const ours = toTraditional(SEED);
    const theirs = taiwanQuotes(native?.withOverrides ?? '');
    expect(theirs).toHaveLength(SEED.length);
    const diffs = differences(ours, theirs);
    const agreement = 1 - diffs.length / SEED.length;
    expect(agreement, diffs.map(describeDifference).join('\n')).toBeGreaterThanOrEqual(0.999);
  });

  it('agrees on at least 99.9 % of characters without our overrides: the converter itself is s2tw', () => {
    const base = createTraditionalConverter([]);
    const ours = taiwanQuotes(base(SEED));
    const theirs = taiwanQuotes(native?.stock ?? '');
    const diffs = differences(ours, theirs);
    expect(1 - diffs.length / SEED.length, diffs.map(describeDifference).join('\n')).toBeGreaterThanOrEqual(0.999);
  });

  it('differs from stock s2tw only where an override entry applies', () => {
    const ours = toTraditional(SEED);
    const theirs = taiwanQuotes(native?.stock ?? '');
    expect(theirs).toHaveLength(SEED.length);
    const unexplained = differences(ours, theirs).filter((d) => !explainedByOverride(d.index, d.ours));
    expect(unexplained.map(describeDifference)).toEqual([]);
  });
});
