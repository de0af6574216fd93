import { describe, expect, it } from 'vitest';
import { compareText, firstSentence, padNumber } from '../../src/shared/text';

describe('firstSentence', () => {
  it.each([
    ['今年是俄中建交75周年。这些年来，双边关系达到了新水平。', '今年是俄中建交75周年。'],
    ['中国对欧洲有何期待？如何看待？', '中国对欧洲有何期待？'],
    ['大家上午好！很高兴见面。', '大家上午好！'],
    ['Why? Because.', 'Why?'],
    ['Yes! No.', 'Yes!'],
    ['没有句号的段落', '没有句号的段落'],
    ['我认为：第一，要对话；第二，要合作。', '我认为：第一，要对话；第二，要合作。'],
    ['', ''],
  ])('%s → %s', (text, sentence) => {
    expect(firstSentence(text)).toBe(sentence);
  });

  it('reads a paragraph of ten million characters without a sentence end', () => {
    const text = '问'.repeat(10_000_000);
    expect(firstSentence(text)).toBe(text);
    expect(firstSentence(`${text}。后`)).toHaveLength(10_000_001);
  });
});

describe('padNumber', () => {
  it.each([
    [1, 14, '01'],
    [14, 14, '14'],
    [1, 1, '01'],
    [7, 100, '007'],
    [100, 100, '100'],
    [12, 1000, '0012'],
  ])('%i of %i → %s', (number, count, padded) => {
    expect(padNumber(number, count)).toBe(padded);
  });
});


describe('compareText', () => {
  it('orders by code unit, upper case before lower case, whatever the locale', () => {
    const names = ['2024-03-07-wang-yi.txt', '2024-03-07-Wang_Yi.txt', '2024-03-07-wang_yi.txt', '2024-03-06-z.txt'];
    expect([...names].sort(compareText)).toEqual(['2024-03-06-z.txt', '2024-03-07-Wang_Yi.txt', '2024-03-07-wang-yi.txt', '2024-03-07-wang_yi.txt']);
  });

  it.each([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['干', '幹', -1],
    ['', 'a', -1],
  ])('compares %s and %s as %i', (left, right, order) => {
    expect(compareText(left, right)).toBe(order);
  });
});
