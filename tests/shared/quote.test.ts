import { describe, expect, it } from 'vitest';
import { formatQuote, markCorrection, nestQuotes, type QuoteSource } from '../../src/shared/quote';

const HEADLINE = '中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问';
const URL = 'https://example.org/2024-03-07-wang-yi/05/#q1';

const quote = (overrides: Partial<QuoteSource>) =>
  formatQuote({ text: '中国将坚定做这个世界的和平力量。', script: 'zh-Hans', speaker: '王毅', conference: HEADLINE, date: '2024-03-07', source: '新华社', url: URL, ...overrides });

describe('formatQuote', () => {
  it('gives the words in quotation marks, then speaker, conference, source and date, then the link', () => {
    expect(quote({})).toMatchInlineSnapshot(`
      "“中国将坚定做这个世界的和平力量。”
      ——王毅，《中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问》，新华社，2024年3月7日
      https://example.org/2024-03-07-wang-yi/05/#q1"
    `);
  });

  it('uses the traditional script’s corner brackets, and its inner pair for a quote within the words', () => {
    expect(quote({ script: 'zh-Hant', text: '中方提出了倡導「平等有序的世界多極化」兩大主張。', speaker: '王毅', source: '新華社' }).split('\n')[0]).toBe(
      '「中方提出了倡導『平等有序的世界多極化』兩大主張。」',
    );
  });

  it('uses the simplified script’s curly marks, and single ones for a quote within the words', () => {
    expect(quote({ text: '中方提出了倡导“平等有序的世界多极化”两大主张。' }).split('\n')[0]).toBe('“中方提出了倡导‘平等有序的世界多极化’两大主张。”');
  });

  it('names no speaker for a paragraph that has none (a dateline), leaving no empty field', () => {
    const credit = quote({ speaker: undefined, text: '新华社北京3月7日电 3月7日，十四届全国人大二次会议在梅地亚中心举行记者会。' }).split('\n')[1];
    expect(credit).toBe(`——《${HEADLINE}》，新华社，2024年3月7日`);
  });

  it.each([
    ['speaker', { speaker: '  ' }, `——《${HEADLINE}》，新华社，2024年3月7日`],
    ['source', { source: undefined }, `——王毅，《${HEADLINE}》，2024年3月7日`],
    ['conference', { conference: '' }, '——王毅，新华社，2024年3月7日'],
    ['date', { date: undefined }, `——王毅，《${HEADLINE}》，新华社`],
  ])('leaves out a missing %s without an empty field', (_, overrides, credit) => {
    expect(quote(overrides).split('\n')).toEqual(['“中国将坚定做这个世界的和平力量。”', credit, URL]);
  });

  it('has no credit line at all when nothing is known but the words and the link', () => {
    expect(formatQuote({ text: '谢谢。', script: 'zh-Hans', url: URL })).toBe(`“谢谢。”\n${URL}`);
  });

  it('quotes an English line in English marks on a traditional page, the credit in the page\'s script', () => {
    const english = formatQuote({ text: 'Themed on “Working Together”, the meeting saw China’s partners agree.', script: 'zh-Hant', english: true, speaker: '林遠', url: URL });
    expect(english.split('\n')).toEqual(['“Themed on ‘Working Together’, the meeting saw China’s partners agree.”', '——林遠', URL]);
  });

  it('writes book-title marks inside the headline as the inner pair', () => {
    expect(quote({ conference: '《人民日报》专访' }).split('\n')[1]).toBe('——王毅，《〈人民日报〉专访》，新华社，2024年3月7日');
  });

  it('keeps the text as it is, markup included', () => {
    expect(formatQuote({ text: '<b>{a}</b> & b', script: 'zh-Hans', speaker: 's', url: 'u' }).split('\n')).toEqual(['“<b>{a}</b> & b”', '——s', 'u']);
  });
});

describe('nestQuotes', () => {
  it.each([
    ['zh-Hans', '他说“我们要‘止战’”。', '他说‘我们要“止战”’。'],
    ['zh-Hant', '他說「我們要『止戰』」。', '他說『我們要「止戰」』。'],
    // Marks of the other script take this script's form.
    ['zh-Hant', '倡導“多極化”', '倡導『多極化』'],
    ['zh-Hans', '倡导「多极化」', '倡导‘多极化’'],
    // An apostrophe is not a quotation mark.
    ['zh-Hans', '“China’s”', '‘China’s’'],
    ['zh-Hans', '’s’', '”s”'],
  ] as const)('in %s turns %s into %s', (script, text, nested) => {
    expect(nestQuotes(text, script)).toBe(nested);
  });
});

describe('markCorrection', () => {
  it.each([
    ['是', '说', '（是）〔说〕'],
    ['', '分', '〔分〕'],
    ['的的', '', '（的的）'],
  ])('marks %s → %s as %s: the printed characters kept, the reading beside them', (printed, corrected, marked) => {
    expect(markCorrection(printed, corrected)).toBe(marked);
  });
});

describe('a quote of a corrected paragraph', () => {
  it('keeps the printed words with each correction marked, and adds the editor’s note after the credit', () => {
    const text = `美国如果总是${markCorrection('是', '说')}一套、做一套，大国的信誉何在？`;
    const note = '（）内为原文所印，〔〕内为本站订正：排印错字：“是一套”应为“说一套”。';
    expect(quote({ text, note }).split('\n')).toEqual([
      '“美国如果总是（是）〔说〕一套、做一套，大国的信誉何在？”',
      `——王毅，《${HEADLINE}》，新华社，2024年3月7日`,
      note,
      URL,
    ]);
  });
});
