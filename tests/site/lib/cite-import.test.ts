import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { citation, type CitedAnswer } from '../../../src/site/lib/cite';
import { cslDataSchema } from '../../helpers/csl-data-schema';

// Each format read back by the parsers reference managers use, with the awkward text editorial
// input and transcripts can hold: TeX and RIS syntax, unbalanced braces, line breaks.

const plain: CitedAnswer = {
  speakers: ['王毅'],
  topic: '中国外交的过去一年与新的一年',
  conference: '中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问',
  number: 5,
  publisher: '新华社',
  date: '2024-03-07',
  url: 'https://example.org/2024-03-07-wang-yi/05/',
  key: '2024-03-07-wang-yi-05',
  script: 'zh-Hans',
};
const awkward: CitedAnswer = {
  ...plain,
  speakers: ['郑和平', 'John and Mary', '宋佳'],
  topic: '50% & {x \\ a~b^c $ # _ 怎么看？',
  conference: '记者会 {第二场\nER  - ',
  publisher: '新华社}',
};
const cases = [
  ['plain', plain],
  ['awkward', awkward],
] as const;

/** The text a clean field holds: one line, single spaces. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(cases)('BibTeX (%s) read by a BibTeX parser', (_name, answer) => {
  const { entries, errors } = parseBibtex(citation(answer, 'bibtex'));

  it('parses without errors into one entry with the key', () => {
    expect(errors).toEqual([]);
    expect(entries.map((entry) => entry.key)).toEqual([answer.key]);
  });

  it('gives back each field as written', () => {
    const fields = entries[0]!.fields as Record<string, unknown>;
    expect(fields.title).toBe(answer.topic);
    expect((fields.author as { lastName?: string; name?: string }[]).map((name) => name.lastName ?? name.name)).toEqual(answer.speakers);
    expect(fields.howpublished).toBe(`Answer to question 5 at the press conference ${oneLine(answer.conference)}`);
    expect(fields.note).toBe(`Transcript published by ${answer.publisher}`);
    expect([fields.year, fields.month, fields.url]).toEqual(['2024', '3', answer.url]);
    expect(fields.date).toBeUndefined();
  });
});

describe.each(cases)('BibTeX (%s) read by citation-js', (_name, answer) => {
  it('gives the speakers, title, date and address', () => {
    const [item] = new Cite(citation(answer, 'bibtex')).data;
    expect(item).toMatchObject({ title: answer.topic, URL: answer.url, issued: { 'date-parts': [[2024, 3]] } });
    expect((item!.author as { family?: string; literal?: string }[]).map((name) => name.literal ?? name.family)).toEqual(answer.speakers);
  });
});

describe.each(cases)('RIS (%s) read by citation-js', (_name, answer) => {
  it('is one record with the speakers, title, conference, question, source, date and address', () => {
    const items = new Cite(citation(answer, 'ris'), { forceType: '@ris/file' }).data;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      title: answer.topic,
      'container-title': oneLine(answer.conference),
      genre: 'Answer to question 5 at a press conference',
      publisher: answer.publisher,
      issued: { 'date-parts': [[2024, 3, 7]] },
      URL: answer.url,
    });
    expect((items[0]!.author as { family?: string; literal?: string }[]).map((name) => name.literal ?? name.family)).toEqual(answer.speakers);
    expect(items[0]).not.toHaveProperty('section');
  });
});

describe.each(cases)('CSL-JSON (%s)', (_name, answer) => {
  const json = citation(answer, 'csl');
  let apa = '';
  // citeproc reads its style and locale on first use: no time limit for that.
  beforeAll(() => {
    apa = new Cite(JSON.parse(json)).format('bibliography', { template: 'apa', format: 'text' }).trim();
  }, 0);

  it('passes the CSL-JSON schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(cslDataSchema);
    expect(validate(JSON.parse(json)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('reads in citation-js as one item, and citeproc renders it in APA 7 as the page gives APA', () => {
    expect(new Cite(JSON.parse(json)).data).toHaveLength(1);
    expect(apa).toBe(citation(answer, 'apa'));
  });

  it('keeps the question number where citeproc prints it', () => {
    expect(apa).toContain('question 5');
  });
});
