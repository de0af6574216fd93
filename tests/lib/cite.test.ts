import { describe, expect, it } from 'vitest';
import { citation, citationFormats, type CitedAnswer } from '../../src/lib/cite';

const answer: CitedAnswer = {
  speakers: ['王毅'],
  topic: '中国外交的过去一年与新的一年',
  conference: '中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问',
  number: 1,
  publisher: '新华社',
  date: '2024-03-07',
  url: 'https://example.org/2024-03-07-wang-yi/01/',
  key: '2024-03-07-wang-yi-01',
};

describe('citation', () => {
  it('formats GB/T 7714-2015 as an online resource', () => {
    expect(citation(answer, 'gbt7714')).toMatchInlineSnapshot(
      `"王毅. 中国外交的过去一年与新的一年（中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问，第1问）[EB/OL]. 新华社, 2024-03-07. https://example.org/2024-03-07-wang-yi/01/."`,
    );
  });

  it('formats Chicago and APA with the English month', () => {
    expect(citation(answer, 'chicago')).toContain('新华社, March 7, 2024. https://example.org/2024-03-07-wang-yi/01/.');
    expect(citation(answer, 'apa')).toMatch(/^王毅\. \(2024, March 7\)\. 中国外交的过去一年与新的一年 \[Press conference answer\]\./);
  });

  it('names every speaker of a supplemented answer', () => {
    const two = { ...answer, speakers: ['郑和平', '宋佳'] };
    expect(citation(two, 'bibtex')).toContain('author = {郑和平 and 宋佳},');
    expect(citation(two, 'ris').split('\n').filter((line) => line.startsWith('AU'))).toEqual(['AU  - 郑和平', 'AU  - 宋佳']);
  });

  it('writes CSL-JSON that parses, with the date as date-parts', () => {
    const csl = JSON.parse(citation(answer, 'csl')) as Record<string, unknown>;
    expect(csl).toMatchObject({ id: answer.key, type: 'speech', issued: { 'date-parts': [[2024, 3, 7]] }, URL: answer.url });
  });

  it('escapes BibTeX syntax in transcript text', () => {
    expect(citation({ ...answer, topic: '50% & {x}' }, 'bibtex')).toContain('title = {50\\% \\& \\{x\\}},');
  });

  it.each(citationFormats)('leaves the publisher out of %s when it is unknown, never printing "undefined"', (format) => {
    const { publisher: _publisher, ...rest } = answer;
    expect(citation(rest, format)).not.toMatch(/undefined|新华社/);
  });
});
