import { describe, expect, it } from 'vitest';
import { continuesInto, endsSentence, type JoinablePiece } from '../../../src/splitter/transcript/page-breaks';

describe('endsSentence', () => {
  it.each([
    '。', '！', '？', '!', '?', '：', ':', '；', ';', '…', '——', '”', '’', '"', "'", '」', '』', '）', ')', '》', '】', ']', '］', '.', '．',
  ])('a paragraph ending in %s ends a sentence', (end) => {
    expect(endsSentence(`我们认为${end}`)).toBe(true);
  });

  it.each(['，', '、', '字', 'a', '1', '“', '（', '《', '[', '【'])('a paragraph ending in %s does not', (end) => {
    expect(endsSentence(`我们认为${end}`)).toBe(false);
  });
});

describe('continuesInto', () => {
  const piece = (text: string, open = true): JoinablePiece => ({ text, line: 1, continuedOn: [], open });
  const next = (text: string, { open = true, startsTurn = false } = {}) => ({ ...piece(text, open), line: 3, startsTurn });

  it('joins a piece cut mid-sentence with the next one', () => {
    expect(continuesInto(piece('维护好、发展好中俄关系，是双方'), next('基于两国人民根本利益作出的战略选择。'))).toBe(true);
  });

  it.each([
    ['the piece ends a sentence', piece('完整的一句。'), next('下一段。')],
    ['the piece ends in a colon (a list follows)', piece('“四个坚持”至关重要：'), next('首先是坚持不干涉内政。')],
    ['the piece is closed (a label alone, English, a time stamp)', piece('回答到一半', false), next('下一段。')],
    ['the next piece starts a turn', piece('回答到一半'), next('下一个问题？', { startsTurn: true })],
    ['the next piece is closed (English, after a time stamp)', piece('回答到一半'), next('the rest', { open: false })],
  ])('does not join when %s', (_name, previous, following) => {
    expect(continuesInto(previous, following)).toBe(false);
  });

  it('does not change the pieces it is given', () => {
    const previous = piece('一');
    const following = next('二。');
    const copies = structuredClone([previous, following]);
    continuesInto(previous, following);
    expect([previous, following]).toEqual(copies);
  });
});
