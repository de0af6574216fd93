import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { HtmlElement } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import MdxBody from '../../src/site/components/MdxBody.astro';
import { pageBodySchema } from '../../src/site/lib/content/body';
import { pageContext } from '../../src/site/lib/page-context';
import { mdxText } from '../../src/shared/mdx/literal';
import { parseMdxBody } from '../../src/site/lib/mdx/read';
import { allElements, attributeOf, parseHtml, textOf } from '../helpers/html';

// Text that MDX, JSX, Markdown or HTML could read as syntax, written as the splitter writes it,
// read back as the content loader reads it, and rendered by the site's components: every paragraph
// must come out as exactly its text, and nothing in it may become markup or a script.

const HOSTILE = [
  '各位记者朋友，大家好。<script>alert(1)</script>这一段检验文字不会被当作代码。',
  '请问 a < b 与 c > d 是否成立？',
  '{花括号}与`反引号`会怎样？',
  '*星号*、_下划线_、#井号、[方括号]与[链接](javascript:alert(1))都应原样显示。',
  '竖线 | 与 &amp; 也一样，&lt;不是标签&gt;，反斜杠\\与"双引号"同样。',
  "import x from 'y'，这一行以 import 开头。",
  'export const a = 1，这一行以 export 开头。',
  '行分隔符\u2028与段分隔符\u2029原样保留，${模板}也一样。',
  '---',
  '# 这个问题以井号开头，<!-- 注释 -->会怎样？',
  '<script>alert(1)</script>',
  '</p><p id="a9">伪造的段落</p>',
];

/** A generated page's body in the splitter's form: one answer turn, one paragraph per text, a correction in the first. */
const MDX = [
  `<Turn role="answer" speaker=${mdxText('汪文斌')}>`,
  ...HOSTILE.map((text, index) =>
    index === 0
      ? `<Paragraph id="a1" line={5}>${mdxText('<b>')}<Correction note="c1" original=${mdxText('<i>')} corrected=${mdxText('{x}')} reading=${mdxText('<b>{x}')} reason=${mdxText('"原因" <u>')} />${mdxText(text)}</Paragraph>`
      : `<Paragraph id="a${index + 1}" line={${index + 5}}>${mdxText(text)}</Paragraph>`,
  ),
  '</Turn>',
].join('\n');

let paragraphs: HtmlElement[];
let all: HtmlElement[];

beforeAll(async () => {
  const container = await AstroContainer.create();
  const nodes = pageBodySchema.parse(parseMdxBody(MDX));
  // The page's script comes from the middleware in a real render.
  const url = 'http://localhost:4321/2024-05-01-test/01/';
  const html = await container.renderToString(MdxBody, { props: { nodes }, locals: { page: pageContext(new URL(url), '/') }, request: new Request(url) });
  all = allElements(parseHtml(`<!doctype html><html><body>${html}</body></html>`));
  paragraphs = all.filter((element) => element.tagName === 'p');
});

/** A paragraph's text as printed: its link, its button and the correction's insertions left out. */
const printed = (paragraph: HtmlElement) =>
  textOf(paragraph, (child) => child.tagName === 'button' || child.tagName === 'ins' || (child.tagName === 'a' && child.classList.contains('para-link')));

describe('a generated body with text that looks like syntax, rendered', () => {
  it('shows one paragraph per text, in order, with the ids of the MDX', () => {
    expect(paragraphs.map((paragraph) => attributeOf(paragraph, 'id'))).toEqual(HOSTILE.map((_, index) => `a${index + 1}`));
  });

  it.each(HOSTILE.map((text, index) => [index + 1, text] as const))('shows paragraph a%i exactly as written: %j', (number, text) => {
    const paragraph = paragraphs[number - 1] as HtmlElement;
    expect(printed(paragraph)).toBe(number === 1 ? `<b><i>${text}` : text);
  });

  it('makes no element out of the text: each paragraph holds only its link, its button and the correction', () => {
    expect(all.filter((element) => ['script', 'b', 'i', 'u', 'em', 'strong', 'h1', 'hr', 'code', 'img'].includes(element.tagName))).toEqual([]);
    for (const paragraph of paragraphs) {
      const tags = allElements(paragraph).map((element) => element.tagName);
      expect(tags.filter((tag) => !['a', 'button', 'del', 'ins'].includes(tag)), attributeOf(paragraph, 'id') ?? '').toEqual([]);
      for (const link of allElements(paragraph).filter((element) => element.tagName === 'a')) expect(attributeOf(link, 'href')).toMatch(/^#[ac]\d+$/);
    }
  });

  it('keeps attribute text as text: the correction shows its original and corrected wording and its reason', () => {
    const [del, ins] = allElements(paragraphs[0] as HtmlElement).filter((element) => element.tagName === 'del' || element.tagName === 'ins');
    expect(textOf(del as HtmlElement)).toBe('<i>');
    expect(textOf(ins as HtmlElement)).toBe('{x}');
    expect(attributeOf(ins as HtmlElement, 'data-tip')).toBe('"原因" <u>');
  });
});
