import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArchive, type ArchiveResult, type SourceFile } from '../../../src/splitter/archive/build';
import { BRIEFING, lines, SEED_JOINS } from '../../helpers/transcript';

const root = new URL('../../../', import.meta.url);
const SEED_PATH = 'content/transcripts/2024-03-07-wang-yi.txt';
const EDITORIAL_PATH = 'content/editorial/2024-03-07-wang-yi.yaml';
const seedBytes = new Uint8Array(readFileSync(new URL(SEED_PATH, root)));
const seedEditorial = readFileSync(new URL(EDITORIAL_PATH, root), 'utf8');

const transcript = (path: string, text: string | Uint8Array): SourceFile<Uint8Array> => ({
  path,
  content: typeof text === 'string' ? new TextEncoder().encode(text) : text,
});
const seed = transcript(SEED_PATH, seedBytes);
const editorial = (path: string, content: string): SourceFile<string> => ({ path, content });

const errorsOf = (result: ArchiveResult) => {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map((error) => error.message);
};

describe('buildArchive', () => {
  it('lays out every transcript in both scripts and reports each conference', () => {
    const result = buildArchive(
      [transcript('content/transcripts/2024-05-01-wang-wenbin.txt', BRIEFING), seed],
      [editorial(EDITORIAL_PATH, seedEditorial)]
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.reports).toEqual([
      {
        file: SEED_PATH,
        id: '2024-03-07-wang-yi',
        questions: 14,
        joins: SEED_JOINS,
        continuation: '(下转第四版)',
        edited: true,
      },
      { file: 'content/transcripts/2024-05-01-wang-wenbin.txt', id: '2024-05-01-wang-wenbin', questions: 3, joins: [], continuation: null, edited: false },
    ]);
    const paths = result.files.map((file) => file.path).filter((path) => path.endsWith('.mdx'));
    expect(paths).toHaveLength(2 * (1 + 14) + 2 * (1 + 3));
    expect(result.files.map((file) => file.path).filter((path) => !path.endsWith('.mdx'))).toEqual(['script-map.yaml']);
    expect(paths.filter((path) => path.startsWith('zh-hant/2024-05-01-wang-wenbin/'))).toEqual([
      'zh-hant/2024-05-01-wang-wenbin/index.mdx',
      'zh-hant/2024-05-01-wang-wenbin/01.mdx',
      'zh-hant/2024-05-01-wang-wenbin/02.mdx',
      'zh-hant/2024-05-01-wang-wenbin/03.mdx',
    ]);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('produces the committed MDX from the real seed and editorial file', () => {
    const result = buildArchive([seed], [editorial(EDITORIAL_PATH, seedEditorial)]);
    if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
    for (const file of result.files) {
      expect(file.text, file.path).toBe(readFileSync(new URL(`content/generated/${file.path}`, root), 'utf8'));
    }
  });

  it('uses the editorial file whose name gives the same id', () => {
    const result = buildArchive(
      [transcript('content/transcripts/2024-05-01-Wang_Wenbin.txt', BRIEFING)],
      [editorial('content/editorial/2024-05-01-wang-wenbin.yaml', 'topics:\n  "1": 编辑的标题\n')]
    );
    expect(result.ok && result.reports[0]?.edited).toBe(true);
    expect(result.ok && result.files.find((file) => file.path === 'zh-hans/2024-05-01-wang-wenbin/01.mdx')?.text).toContain('topic: "编辑的标题"');
  });

  it('fails on two files with the same conference id, naming both', () => {
    const result = buildArchive([seed, transcript('content/transcripts/2024-03-07-Wang_Yi.txt', seedBytes)], []);
    expect(errorsOf(result)).toMatchInlineSnapshot(`
      [
        "content/transcripts/2024-03-07-wang-yi.txt:1: the conference id "2024-03-07-wang-yi" is also the id of content/transcripts/2024-03-07-Wang_Yi.txt
        Ids come from file names, compared in lower case with "_" and spaces read as "-". Rename one of the files.",
      ]
    `);
  });

  it.each([
    ['2024-03-07-wang yi.txt'],
    ['2024-03-07-WANG-YI.txt'],
    ['2024-03-07-wang__yi.txt'],
  ])('reads %s as the same id as 2024-03-07-wang-yi.txt', (name) => {
    const result = buildArchive([seed, transcript(`content/transcripts/${name}`, seedBytes)], []);
    expect(errorsOf(result).join('\n')).toContain('the conference id "2024-03-07-wang-yi" is also the id of');
  });

  it('collects the problems of every file and produces nothing', () => {
    const result = buildArchive(
      [
        seed,
        transcript('content/transcripts/2024-05-01-empty.txt', ''),
        transcript('content/transcripts/2024-05-02-gbk.txt', new Uint8Array([...new TextEncoder().encode('标题\n\n'), 0xd6, 0xd0, 0x0a])),
        transcript('content/transcripts/2024-05-03-no-answer.txt', lines('标题', '新华社北京5月3日电 记者会。', '甲报记者：问？')),
      ],
      [editorial(EDITORIAL_PATH, seedEditorial)]
    );
    expect(result).not.toHaveProperty('files');
    expect(errorsOf(result).map((message) => message.split('\n')[0])).toEqual([
      'content/transcripts/2024-05-01-empty.txt:1: the transcript is empty',
      'content/transcripts/2024-05-02-gbk.txt:3: the file is not valid UTF-8',
      'content/transcripts/2024-05-03-no-answer.txt:3: question 1 (甲报记者) has no answer',
    ]);
  });

  it('fails on an editorial file that is not valid, at its line', () => {
    const result = buildArchive([seed], [editorial(EDITORIAL_PATH, 'topics:\n  "1": 一\n  x: 二\n')]);
    expect(errorsOf(result).map((message) => message.split('\n')[0])).toEqual([`${EDITORIAL_PATH}:3: topics.x: expected a question number such as "4"`]);
  });

  it('points a correction that does not fit at its line in the editorial file', () => {
    const broken = seedEditorial.replace('original: 夙愿不能再回想了', 'original: 夙愿不能再回忆了');
    expect(broken).not.toBe(seedEditorial);
    const line = broken.split('\n').findIndex((text) => text.includes('夙愿不能再回忆了'));
    const messages = errorsOf(buildArchive([seed], [editorial(EDITORIAL_PATH, broken)]));
    expect(messages).toHaveLength(1);
    // The list item starts on the line before `original:`.
    expect(messages[0]?.startsWith(`${EDITORIAL_PATH}:${line}: correction does not fit the transcript:`)).toBe(true);
    expect(messages[0]).toMatchInlineSnapshot(`
      "content/editorial/2024-03-07-wang-yi.yaml:59: correction does not fit the transcript: "夙愿不能再回忆了" does not occur in question 6
        Quote the original exactly as printed, with enough context to occur once, and name the paragraph (e.g. paragraph: a5) if needed."
    `);
  });

  it('fails on an ambiguous correction', () => {
    const ambiguous = seedEditorial.replace('    paragraph: a4\n    original: 富有有效力\n', '    original: 富有有效力\n');
    expect(ambiguous).not.toBe(seedEditorial);
    expect(errorsOf(buildArchive([seed], [editorial(EDITORIAL_PATH, ambiguous)]))[0]).toContain(
      '"富有有效力" occurs more than once in question 13; name the paragraph or quote more context',
    );
  });

  it('ignores an editorial file without a transcript', () => {
    const result = buildArchive([seed], [editorial('content/editorial/2030-01-01-nobody.yaml', 'topics: 1\n')]);
    expect(result.ok).toBe(true);
  });

  // A speaker label alone on its line (the words on the next line) and a question labelled only
  // "记者：" (no outlet) both build: nothing escapes as a schema error instead of `path:line: problem`.
  it.each([
    ['a speaker label alone on its line', lines('标题', '新华社北京5月1日电 记者会。', '甲报记者：请问？', '汪文斌：', '答。')],
    ['a question labelled only 记者', lines('标题', '新华社北京5月1日电 记者会。', '记者：请问？', '汪文斌：答。')],
  ])('handles %s without throwing', (_name, text) => {
    const file = 'content/transcripts/2024-05-01-x.txt';
    const result = buildArchive([transcript(file, text)], []);
    expect(result.ok).toBe(true);
  });

  // Labels and outlets are keys of maps inside the parser and the editorial data: names of
  // JavaScript properties must be only data there, with or without an editorial file.
  describe('labels that are JavaScript property names', () => {
    const file = 'content/transcripts/2024-05-01-x.txt';
    const text = lines(
      '标题', // 1
      '新华社北京5月1日电 记者会。', // 2
      'constructor记者：一问？', // 3
      'hasOwnProperty：一答。', // 4
      'toString记者：二问？', // 5
      'hasOwnProperty：二答。', // 6
      '__proto__记者：三问？', // 7
      'hasOwnProperty：三答。', // 8
    );
    const frontmatter = (result: ArchiveResult, path: string) => {
      const page = result.ok ? result.files.find((generated) => generated.path === path) : undefined;
      expect(page, path).toBeDefined();
      return page?.text.split('---\n')[1] ?? '';
    };

    it('parses and lays out without an editorial file', () => {
      const result = buildArchive([transcript(file, text)], []);
      if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
      expect(result.reports).toEqual([{ file, id: '2024-05-01-x', questions: 3, joins: [], continuation: null, edited: false }]);
      expect(frontmatter(result, 'zh-hans/2024-05-01-x/index.mdx')).toContain('officials:\n  - "hasOwnProperty"\n');
      const questions = ['01', '02', '03'].map((number) => frontmatter(result, `zh-hans/2024-05-01-x/${number}.mdx`));
      expect(questions.map((page) => /^questioner: "(.*)"$/mu.exec(page)?.[1])).toEqual(['constructor记者', 'toString记者', '__proto__记者']);
      expect(questions.map((page) => /^outlet: "(.*)"$/mu.exec(page)?.[1])).toEqual(['constructor', 'toString', '__proto__']);
      for (const page of questions) {
        expect(page).toContain('answerers:\n  - "hasOwnProperty"\n');
        expect(page).not.toContain('outletEnglish');
      }
      expect(result.files.find((generated) => generated.path === 'zh-hant/2024-05-01-x/03.mdx')?.text).toContain(
        '<Turn role="question" speaker={"__proto__記者"}>',
      );
    });

    it('parses and lays out with an editorial file whose maps have those names as keys', () => {
      const yaml = lines(
        'speakers:',
        '  hasOwnProperty: 高远',
        'outlets:',
        '  constructor: Constructor Daily',
        '  toString: ToString News',
        '  __proto__: Proto Post',
        'topics:',
        '  "1": 构造',
      );
      const result = buildArchive([transcript(file, text)], [editorial('content/editorial/2024-05-01-x.yaml', yaml)]);
      if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
      expect(result.reports[0]?.edited).toBe(true);
      expect(frontmatter(result, 'zh-hans/2024-05-01-x/index.mdx')).toContain('officials:\n  - "高远"\n');
      const [first, second, third] = ['01', '02', '03'].map((number) => frontmatter(result, `zh-hans/2024-05-01-x/${number}.mdx`));
      expect(first).toContain('outletEnglish: "Constructor Daily"\n');
      expect(first).toContain('topic: "构造"\n');
      expect(second).toContain('outletEnglish: "ToString News"\n');
      expect(third).toContain('outletEnglish: "Proto Post"\n');
      for (const page of [first, second, third]) expect(page).toContain('answerers:\n  - "高远"\n');
    });
  });
});
