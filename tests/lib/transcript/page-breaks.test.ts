import { describe, expect, it } from 'vitest';
import { endsSentence, joinPageBreaks } from '../../../src/lib/transcript/page-breaks';

describe('endsSentence', () => {
  it.each(['。', '！', '？', '!', '?', '：', ':', '；', ';', '…', '——', '”', '’', '"', "'", '」', '』', '）', ')', '》', '】'])(
    'a paragraph ending in %s ends a sentence',
    (end) => {
      expect(endsSentence(`我们认为${end}`)).toBe(true);
    },
  );

  it.each(['，', '、', '字', 'a', '1', '“', '（', '《'])('a paragraph ending in %s does not', (end) => {
    expect(endsSentence(`我们认为${end}`)).toBe(false);
  });
});

describe('joinPageBreaks', () => {
  const numbered = (...texts: string[]) => texts.map((text, index) => ({ text, line: index * 2 + 1 }));

  it('joins a paragraph cut mid-sentence with the next one', () => {
    expect(joinPageBreaks(numbered('维护好、发展好中俄关系，是双方', '基于两国人民根本利益作出的战略选择。'))).toEqual({
      paragraphs: [{ text: '维护好、发展好中俄关系，是双方基于两国人民根本利益作出的战略选择。', line: 1, continuedOn: [3] }],
      joins: [{ line: 1, resumedOn: 3 }],
    });
  });

  it('does not join a paragraph ending in a colon with the list after it', () => {
    const { paragraphs, joins } = joinPageBreaks(numbered('“四个坚持”至关重要：', '首先是坚持不干涉内政。'));
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(['“四个坚持”至关重要：', '首先是坚持不干涉内政。']);
    expect(joins).toEqual([]);
  });

  it('does not join with a labelled paragraph', () => {
    const { paragraphs, joins } = joinPageBreaks(numbered('回答到一半', '彭博社记者：下一个问题？'));
    expect(paragraphs).toHaveLength(2);
    expect(joins).toEqual([]);
  });

  it('keeps joining while the joined text still does not end a sentence', () => {
    const { paragraphs, joins } = joinPageBreaks(numbered('一', '二', '三。', '四。'));
    expect(paragraphs).toEqual([
      { text: '一二三。', line: 1, continuedOn: [3, 5] },
      { text: '四。', line: 7, continuedOn: [] },
    ]);
    expect(joins).toEqual([
      { line: 1, resumedOn: 3 },
      { line: 1, resumedOn: 5 },
    ]);
  });

  it('leaves a cut last paragraph as it is', () => {
    expect(joinPageBreaks(numbered('完整。', '被截断')).paragraphs.map((paragraph) => paragraph.text)).toEqual(['完整。', '被截断']);
  });

  it('does not change the lines it is given', () => {
    const input = numbered('一', '二。');
    const copy = structuredClone(input);
    joinPageBreaks(input);
    expect(input).toEqual(copy);
  });
});
