import { describe, expect, it } from 'vitest';
import { correctionSpanId } from '../../../src/shared/paragraph-id';
import { correctionsOf, indexedWords, paragraphsOf } from '../../../src/shared/search/anchor';

/** A page as Pagefind stores it: words joined by U+200B. */
const stored = (words: string[]) => ({ raw: words.join('\u200B'), content: words.join('') });

describe('indexedWords', () => {
  it('splits the stored text into its words', () => {
    const { raw, content } = stored(['中美', '关系', '。 ', 'AI ']);
    expect(indexedWords(raw, content)).toEqual(['中美', '关系', '。 ', 'AI ']);
  });

  it('gives < and > back as printed, and a text that reads &lt; as it is', () => {
    // Pagefind escapes < and > in the stored words, and only those.
    const content = '<script>a&lt;b';
    const raw = ['&lt;', 'script', '&gt;', 'a&lt;b'].join('\u200B');
    expect(indexedWords(raw, content)).toEqual(['<', 'script', '>', 'a&lt;b']);
  });

  it('gives one empty word for an empty page', () => {
    expect(indexedWords('', '')).toEqual(['']);
  });
});

describe('paragraphsOf', () => {
  // Topic, then q1, a1 (with a correction mark that has an id), a2 followed by an English line.
  const words = ['人工', '智能', '. ', '中方', '立场', '？ ', '回 ', '避', '了', '。 ', '我们', '支持', '。 ', 'We ', 'support. '];
  const anchors = [
    { id: 'search-a1-c1', location: 0, text: '回避 回想' },
    { id: 'q1', location: 3 },
    { id: 'a1', location: 6 },
    { id: 'ref-c1', location: 7 },
    { id: 'a2', location: 10 },
  ];

  it('gives each paragraph its words up to the next paragraph, leaving out the topic before the first', () => {
    expect(paragraphsOf(words, anchors)).toEqual([
      { id: 'q1', text: '中方立场？' },
      { id: 'a1', text: '回避了。' },
      { id: 'a2', text: '我们支持。 We support.' },
    ]);
  });

  it('drops the space Pagefind puts before an element with an id, and keeps the others', () => {
    expect(paragraphsOf(['A ', 'B ', 'C'], [{ id: 'a1', location: 0 }, { id: 'x', location: 2 }])).toEqual([{ id: 'a1', text: 'A BC' }]);
  });

  it('reads anchors in any order and ignores ids that are not paragraphs', () => {
    expect(paragraphsOf(words, [...anchors].reverse()).map((paragraph) => paragraph.id)).toEqual(['q1', 'a1', 'a2']);
    expect(paragraphsOf(words, [{ id: 'main', location: 0 }, { id: 'corrections-heading', location: 5 }])).toEqual([]);
  });

  it.each(['d1', 'o2', 'q1', 'a12'])('takes %s for a paragraph', (id) => {
    expect(paragraphsOf(['x'], [{ id, location: 0 }])).toEqual([{ id, text: 'x' }]);
  });
});

describe('correctionsOf', () => {
  it('gives each correction span with its paragraph', () => {
    const anchors = [
      { id: correctionSpanId('a2', 'c1'), location: 9, text: '夙愿不能再回避了 夙愿不能再回想了' },
      { id: 'q1', location: 42, text: '……' },
      { id: correctionSpanId('a12', 'c10'), location: 30, text: '还 重返' },
    ];
    expect(correctionsOf(anchors)).toEqual([
      { paragraph: 'a2', text: '夙愿不能再回避了 夙愿不能再回想了' },
      { paragraph: 'a12', text: '还 重返' },
    ]);
  });

  it('names the span after its paragraph and note', () => {
    expect(correctionSpanId('a2', 'c1')).toBe('search-a2-c1');
  });

  it('skips a span without text', () => {
    expect(correctionsOf([{ id: 'search-a2-c1', location: 0 }])).toEqual([]);
  });
});
