import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeCorrections } from '../../../src/shared/editorial/corrections';
import { correctionLine, noEditorial, parseEditorial } from '../../../src/splitter/editorial/parse';
import { editorialSchema } from '../../../src/shared/editorial/schema';
import { parseTranscript } from '../../../src/splitter/transcript/parse';
import { lines, transcriptErrorOf } from '../../helpers/transcript';

const FILE = 'content/editorial/2024-05-01-wang-wenbin.yaml';
const lineOf = (text: string) => transcriptErrorOf(() => parseEditorial(text, FILE)).location.line;
const messageOf = (text: string) => transcriptErrorOf(() => parseEditorial(text, FILE)).message;

const CORRECTION = ['  - question: 1', '    original: 是一套', '    corrected: 说一套', '    reason: 排印错字。', '    source: 人民网'];

describe('parseEditorial', () => {
  it('reads every field', () => {
    const text = lines(
      '# comment',
      'questionsAnswered: 21',
      'outlets:',
      '  《人民日报》: People\'s Daily',
      'topics:',
      '  "1": 中美关系',
      'corrections:',
      ...CORRECTION,
      '    paragraph: a2',
    );
    // What the YAML holds, as the schema gives it (the schema's own tests cover its output).
    expect(parseEditorial(text, FILE)).toEqual(
      editorialSchema.parse({
        questionsAnswered: 21,
        outlets: { '《人民日报》': "People's Daily" },
        topics: { '1': '中美关系' },
        corrections: [{ question: 1, paragraph: 'a2', original: '是一套', corrected: '说一套', reason: '排印错字。', source: '人民网' }],
      }),
    );
  });

  it.each([
    ['an empty file', ''],
    ['only comments', '# nothing yet\n'],
    ['an empty document', '---\n'],
  ])('reads %s as no editorial data', (_name, text) => {
    expect(parseEditorial(text, FILE)).toEqual(editorialSchema.parse({}));
    expect(parseEditorial(text, FILE)).toEqual(noEditorial);
  });

  describe('errors point at the YAML line', () => {
    it.each([
      ['a question number written as a string', lines('# c', 'corrections:', '  - question: "4"', ...CORRECTION.slice(1)), 3],
      ['a question number of 0', lines('corrections:', ...CORRECTION, '  - question: 0', ...CORRECTION.slice(1)), 7],
      ['a paragraph id that is not q/a + number', lines('corrections:', ...CORRECTION, '    paragraph: b5'), 7],
      ['original and corrected the same', lines('topics:', '  "1": 题', 'corrections:', ...CORRECTION.slice(0, 2), '    corrected: 是一套', ...CORRECTION.slice(3)), 4],
      ['a topic key that is not a number', lines('topics:', '  "1": 一', '  first: 二'), 3],
      ['an empty topic', lines('topics:', '  "1": 一', '  "2": ""'), 3],
      ['an empty outlet name', lines('outlets:', '  新华社: Xinhua', '  彭博社: ""'), 3],
      ['questionsAnswered not a number', lines('# c', '', 'questionsAnswered: many'), 3],
      ['outlets as a list', lines('topics: {}', 'outlets:', '  - Xinhua'), 3],
      ['a syntax error', lines('topics:', '  "1": 一', '  "2": [二'), 4],
      ['a duplicate key', lines('topics:', '  "1": 一', '  "1": 二'), 3],
    ])('%s', (_name, text, line) => {
      expect(lineOf(text)).toBe(line);
    });

    it('pins a schema message', () => {
      expect(messageOf(lines('corrections:', '  - question: "4"', ...CORRECTION.slice(1)))).toMatchInlineSnapshot(`
        "content/editorial/2024-05-01-wang-wenbin.yaml:2: corrections.0.question: Invalid input: expected number, received string
          See README.md, "Editorial data", for the fields of an editorial file."
      `);
    });

    it('pins the message for original and corrected being the same', () => {
      expect(messageOf(lines('corrections:', ...CORRECTION.slice(0, 2), '    corrected: 是一套', ...CORRECTION.slice(3)))).toMatchInlineSnapshot(`
        "content/editorial/2024-05-01-wang-wenbin.yaml:2: corrections.0: original and corrected are the same text
          See README.md, "Editorial data", for the fields of an editorial file."
      `);
    });

    it('pins a syntax message', () => {
      expect(messageOf(lines('topics:', '  "1": 一', '  "2": [二'))).toMatchInlineSnapshot(`
        "content/editorial/2024-05-01-wang-wenbin.yaml:4: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]
          See README.md, "Editorial data", for the fields of an editorial file."
      `);
    });

    // The schema reports an unknown key (a typo such as `topic:`) on its parent; the line is the key's own.
    it('points an unknown key at its own line', () => {
      const text = lines('outlets:', '  新华社: Xinhua', 'topic:', '  "1": 一');
      expect(messageOf(text)).toContain('Unrecognized key: "topic"');
      expect(lineOf(text)).toBe(3);
    });

    // A missing field has no node of its own: the line is that of the correction that lacks it.
    it('points a missing field at the correction that lacks it', () => {
      const text = lines('# Editorial data', 'corrections:', ...CORRECTION, ...CORRECTION.slice(0, 4));
      expect(messageOf(text)).toContain('corrections.1.source');
      expect(lineOf(text)).toBe(8);
    });
  });
});

describe('parseEditorial with YAML anchors and aliases', () => {
  /** Nine lines that expand to 9^9 (387 million) strings when aliases are followed. */
  const ALIAS_BOMB = lines(
    '# topics',
    'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    ...['c', 'd', 'e', 'f', 'g', 'h', 'i'].map((name, index) => {
      const previous = 'bcdefgh'[index];
      return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`;
    }),
  );

  it('fails on an alias bomb at the first alias, without expanding it', () => {
    const error = transcriptErrorOf(() => parseEditorial(ALIAS_BOMB, FILE));
    expect(error.location).toEqual({ file: FILE, line: 3 });
    expect(error.message).toMatchInlineSnapshot(`
      "content/editorial/2024-05-01-wang-wenbin.yaml:3: the YAML aliases (*a and after) expand to too much data
        An editorial file needs no aliases: write each value out in full instead of repeating it with &anchor and *alias."
    `);
  });

  it('fails on an alias whose anchor is not set before it, at the alias', () => {
    const text = lines('corrections:', ...CORRECTION.slice(0, 4), '    source: *people', 'outlets:', '  人民网: &people People');
    const error = transcriptErrorOf(() => parseEditorial(text, FILE));
    expect(error.location.line).toBe(6);
    expect(error.message).toMatchInlineSnapshot(`
      "content/editorial/2024-05-01-wang-wenbin.yaml:6: the alias *people has no anchor &people before it
        Mark the value to repeat with &people above this line, or write the value out in full."
    `);
  });

  it('reads a few aliases, as YAML allows', () => {
    const text = lines('corrections:', ...CORRECTION.slice(0, 4), '    source: &source 人民网', '  - question: 2', '    original: 甲', '    corrected: 乙', '    reason: 错字。', '    source: *source');
    expect(parseEditorial(text, FILE).corrections.map((correction) => correction.source)).toEqual(['人民网', '人民网']);
  });
});

describe('correctionLine', () => {
  const text = lines('# c', 'corrections:', ...CORRECTION, ...CORRECTION, '');
  it.each([
    [0, 3],
    [1, 8],
    [2, 1],
  ])('finds correction %i on line %i (1 when there is none)', (index, line) => {
    expect(correctionLine(text, index)).toBe(line);
  });
});

describe('the real editorial file of 2024-03-07-wang-yi', () => {
  const root = new URL('../../../', import.meta.url);
  const editorialPath = 'content/editorial/2024-03-07-wang-yi.yaml';
  const transcriptPath = 'content/transcripts/2024-03-07-wang-yi.txt';
  const editorial = parseEditorial(readFileSync(new URL(editorialPath, root), 'utf8'), editorialPath);
  const seed = parseTranscript(readFileSync(new URL(transcriptPath, root), 'utf8'), transcriptPath);

  it('has a topic for each of the 14 questions', () => {
    expect([...editorial.topics.keys()]).toEqual(seed.questions.map((question) => String(question.number)));
    expect(editorial.topics.size).toBe(14);
  });

  it('names exactly the 14 outlets of the seed, in order', () => {
    expect([...editorial.outlets.keys()]).toEqual(seed.questions.map((question) => question.outlet));
    expect(editorial.outlets.size).toBe(14);
  });

  it('says how many questions were answered', () => {
    expect(editorial.questionsAnswered).toBe(21);
  });

  it('has 9 corrections, each found exactly once where it says', () => {
    expect(editorial.corrections).toHaveLength(9);
    for (const correction of editorial.corrections) {
      const question = seed.questions[correction.question - 1];
      expect(question?.number).toBe(correction.question);
      const paragraphs = [...(question?.question ?? []), ...(question?.answer ?? [])].filter(
        (paragraph) => correction.paragraph === undefined || paragraph.id === correction.paragraph,
      );
      const occurrences = paragraphs.reduce((sum, paragraph) => sum + paragraph.text.split(correction.original).length - 1, 0);
      expect(occurrences, correction.original).toBe(1);
    }
  });

  it('places every correction in one paragraph', () => {
    const placed = seed.questions.flatMap((question) => {
      const own = editorial.corrections.filter((correction) => correction.question === question.number);
      return [...placeCorrections(question, own)].map(([paragraph, list]) => [question.number, paragraph, list.length]);
    });
    expect(placed).toEqual([
      [4, 'a5', 1],
      [5, 'a4', 1],
      [6, 'a2', 2],
      [7, 'a6', 1],
      [10, 'a6', 1],
      [11, 'a1', 1],
      [13, 'a3', 1],
      [13, 'a4', 1],
    ]);
  });
});

describe('keys that are JavaScript property names', () => {
  it('keeps __proto__, constructor and toString as ordinary keys of outlets and speakers', () => {
    const editorial = parseEditorial('outlets:\n  __proto__: Proto Times\n  constructor: Builder News\nspeakers:\n  toString: 某某\n  __proto__: 甲\n', 'content/editorial/2024-05-01-a.yaml');
    expect([...editorial.outlets]).toEqual([['__proto__', 'Proto Times'], ['constructor', 'Builder News']]);
    expect([...editorial.speakers]).toEqual([['toString', '某某'], ['__proto__', '甲']]);
  });
});
