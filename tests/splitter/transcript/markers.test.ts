import { describe, expect, it } from 'vitest';
import { continuationOf, holdsContinuation } from '../../../src/splitter/transcript/markers';

describe('continuationOf', () => {
  it.each([
    ['(下转第四版)', '四'],
    ['（下转第四版）', '四'],
    ['(下转第四版）', '四'],
    ['(下转第十二版)', '十二'],
    ['(下转第2版)', '2'],
    ['（下转第 16 版）', '16'],
  ])('reads %s (page %s) as data with its line', (marker, page) => {
    expect(continuationOf(marker, 185)).toEqual({ marker, page, line: 185 });
  });

  it.each(['下转第四版', '(上接第一版)', '答。(下转第四版)', '(下转第四版)答。', '(下转第A版)'])('reads no marker from %s', (text) => {
    expect(continuationOf(text, 1)).toBeNull();
  });
});

describe('holdsContinuation', () => {
  it.each([
    ['答。(下转第四版)', true],
    ['（下转第三版）后文', true],
    ['下转第四版', false],
    ['第四版', false],
  ])('%s → %s', (text, holds) => {
    expect(holdsContinuation(text)).toBe(holds);
  });
});
