import { describe, expect, it } from 'vitest';
import { isUnnamedHost, namedHosts } from '../../../src/site/lib/hosts';

describe('isUnnamedHost', () => {
  it.each([
    ['主持人', true],
    ['主持', true],
    [' 主持人 ', true],
    ['许岚', false],
    ['主持人许岚', false],
  ])('%s → %s', (speaker, expected) => expect(isUnnamedHost(speaker)).toBe(expected));
});

describe('namedHosts', () => {
  it('keeps the hosts whose names are known, in order', () => {
    expect(namedHosts(['许岚', '主持人', '周敏'])).toEqual(['许岚', '周敏']);
    expect(namedHosts(['主持人'])).toEqual([]);
  });
});
