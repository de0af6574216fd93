import { describe, expect, it } from 'vitest';
import { formatQuote } from '../../src/lib/quote';

describe('formatQuote', () => {
  it('gives the words in quotation marks, then speaker, title and link on their own lines', () => {
    expect(
      formatQuote({
        text: '中国将坚定做这个世界的和平力量。',
        speaker: '王毅',
        title: '中国外交的过去一年与新的一年 — 2024年3月7日记者会',
        url: 'https://example.org/2024-03-07-wang-yi/01/#a1',
      }),
    ).toMatchInlineSnapshot(`
      "“中国将坚定做这个世界的和平力量。”
      ——王毅，中国外交的过去一年与新的一年 — 2024年3月7日记者会
      https://example.org/2024-03-07-wang-yi/01/#a1"
    `);
  });

  it('keeps the text as it is, markup included', () => {
    const quote = formatQuote({ text: '<b>{a}</b> & “b”', speaker: 's', title: 't', url: 'u' });
    expect(quote.split('\n')).toEqual(['“<b>{a}</b> & “b””', '——s，t', 'u']);
  });
});
