import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlElement } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toTraditional } from '../../src/lib/script/convert';
import { parseHtml, textOf } from '../helpers/html';
import { makeSiteCopy, removeTemp, run, split, writeFile, type Run } from '../helpers/project';

// Integration: a real Astro build of a temporary copy of the site, holding one transcript full of
// characters that MDX, JSX, Markdown or HTML could read as syntax. Every paragraph must come out on
// the page as exactly the text of the transcript, and no script element may come out of the text.

// Generous: a real Astro build takes a few seconds alone, much longer on a busy machine.
const TIMEOUT = 300_000;
const ID = '2024-05-01-test';

const HEADLINE = '外交部发言人就{字面}文字<检验>答记者问';
const DATELINE = '新华社北京5月1日电 外交部发言人汪文斌5月1日主持例行记者会，检验*特殊*字符原样显示。';
const ANSWERER = '汪文斌';
const OPENING = ['各位记者朋友，大家好。<script>alert(1)</script>这一段检验文字不会被当作代码。'];
const QUESTIONS = [
  {
    questioner: '《测试报》记者',
    question: ['请问 a < b 与 c > d 是否成立？', '{花括号}与`反引号`会怎样？'],
    answer: [
      '*星号*、_下划线_、#井号、[方括号]与[链接](javascript:alert(1))都应原样显示。',
      '竖线 | 与 &amp; 也一样，&lt;不是标签&gt;，反斜杠\\与"双引号"同样。',
      "import x from 'y'，这一行以 import 开头。",
      'export const a = 1，这一行以 export 开头。',
      '行分隔符\u2028与段分隔符\u2029原样保留，${模板}也一样。',
      '---',
    ],
  },
  {
    questioner: 'CGTN记者',
    question: ['# 这个问题以井号开头，<!-- 注释 -->会怎样？'],
    answer: ['<script>alert(1)</script>'],
  },
];

/** The transcript as a wire service would print it: labels on the first paragraph of each turn. */
const TRANSCRIPT = [
  HEADLINE,
  '',
  DATELINE,
  '',
  ...OPENING.map((text, index) => (index === 0 ? `${ANSWERER}：${text}` : text)),
  '',
  ...QUESTIONS.flatMap(({ questioner, question, answer }) => [
    ...question.map((text, index) => (index === 0 ? `${questioner}：${text}` : text)),
    '',
    ...answer.map((text, index) => (index === 0 ? `${ANSWERER}：${text}` : text)),
    '',
  ]),
].join('\n');

/** The paragraphs each page must show, by page and paragraph id, in simplified script. */
const EXPECTED: Record<string, Record<string, string>> = {
  '': { d1: DATELINE, ...Object.fromEntries(OPENING.map((text, index) => [`o${index + 1}`, text])) },
  ...Object.fromEntries(
    QUESTIONS.map(({ question, answer }, index) => [
      `${String(index + 1).padStart(2, '0')}/`,
      {
        ...Object.fromEntries(question.map((text, number) => [`q${number + 1}`, text])),
        ...Object.fromEntries(answer.map((text, number) => [`a${number + 1}`, text])),
      },
    ]),
  ),
};

const SCRIPTS = [
  ['zh-Hans', '', (text: string) => text],
  ['zh-Hant', 'zh-hant/', toTraditional],
] as const;

let root: string;
let splitRun: Run;
let buildRun: Run;

beforeAll(async () => {
  root = makeSiteCopy();
  writeFile(join(root, 'content/transcripts', `${ID}.txt`), TRANSCRIPT);
  splitRun = await split(root);
  if (splitRun.status === 0) buildRun = await run(join(root, 'node_modules/.bin/astro'), ['build', '--root', root], { cwd: root });
}, TIMEOUT);

afterAll(() => removeTemp(root));

const pageOf = (prefix: string, page: string) => readFileSync(join(root, 'dist', prefix, ID, page, 'index.html'), 'utf8');

describe('literal text through a real build', () => {
  it('splits and builds the site', () => {
    expect(splitRun.stderr).toBe('');
    expect(splitRun.stdout.split('\n')[0]).toBe(`content/transcripts/${ID}.txt: 2 questions, 0 page-break joins, complete (no editorial file: titles derived)`);
    expect(buildRun?.status, buildRun?.stderr).toBe(0);
  });

  describe.each(SCRIPTS)('%s', (_script, prefix, convert) => {
    describe.each(Object.keys(EXPECTED))(`page /${prefix}${ID}/%s`, (page) => {
      const paragraphs = () => {
        const document = parseHtml(pageOf(prefix, page));
        return { document, found: document.querySelectorAll('p[id]').filter((element) => /^[dqao]\d+$/.test(element.id ?? '')) };
      };

      it('shows each paragraph exactly as the transcript has it', () => {
        const { found } = paragraphs();
        const shown = Object.fromEntries(
          found.map((element) => [element.id, textOf(element, (child) => child.tagName === 'button' || (child.tagName === 'a' && child.classList.contains('para-link')))]),
        );
        const expected = Object.fromEntries(Object.entries(EXPECTED[page] ?? {}).map(([id, text]) => [id, convert(text)]));
        expect(shown).toEqual(expected);
      });

      it('keeps the paragraph link and quote button apart from the text', () => {
        for (const element of paragraphs().found) {
          const [link, button] = element.childNodes.filter((child): child is HtmlElement => child.nodeType === 1);
          expect(link?.tagName).toBe('a');
          expect(link?.textContent).toBe('#');
          expect(button?.tagName).toBe('button');
        }
      });

      it('has no script element made from the text', () => {
        const { document } = paragraphs();
        const scripts = document.querySelectorAll('script');
        expect(scripts.length).toBeGreaterThan(0);
        for (const script of scripts) expect(script.textContent).not.toContain('alert(1)');
        // Nothing in a paragraph but its link, its button and the text (no Markdown or HTML made from it).
        expect(document.querySelectorAll('p[id] script, p[id] h1, p[id] em, p[id] strong, p[id] hr, p[id] code, p[id] img')).toEqual([]);
        for (const link of document.querySelectorAll('p[id] a')) expect(link.getAttributeValue('href')).toMatch(/^#[dqao]\d+$/);
      });
    });
  });

  it('writes the MDX and the site into the copy', () => {
    expect(readFileSync(join(root, 'dist', ID, '01', 'index.html'), 'utf8')).toContain('<!DOCTYPE html>');
    expect(readFileSync(join(root, 'content/generated/zh-hans', ID, '02.mdx'), 'utf8')).toContain('{"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}');
  });
});
