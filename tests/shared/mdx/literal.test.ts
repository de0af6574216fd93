import { describe, expect, it } from 'vitest';
import { jsString, mdxText } from '../../../src/shared/mdx/literal';
import { parseMdxBody } from '../../../src/site/lib/mdx/read';
import { runMdx } from '../../helpers/mdx';

/** Give what the real MDX compiler makes of a paragraph whose text is written by `mdxText`, and what the site's reader makes of it. */
async function paragraphText(text: string): Promise<{ compiled: unknown; read: unknown }> {
  const source = `<Paragraph id="a1" line={1}>${mdxText(text)}</Paragraph>`;
  return { compiled: await runMdx(source), read: parseMdxBody(source) };
}
const paragraphOf = (text: string) => [{ type: 'element', name: 'Paragraph', attributes: { id: 'a1', line: 1 }, children: [{ type: 'text', value: text }] }];

const NASTY = [
  '<script>alert(1)</script>',
  '<',
  '>',
  '{',
  '}',
  '`',
  '${x}',
  '*',
  '_',
  '#',
  '[',
  ']',
  '|',
  '&amp;',
  '&lt;',
  '&',
  "import x from 'y'",
  'export const a = 1',
  '---',
  '\u2028',
  '\u2029',
  '"',
  '\\',
  '\\u0041',
  '</Paragraph>',
  '{"}"}',
  '<!-- comment -->',
  '[link](javascript:alert(1))',
  '**强调** _斜体_ # 标题',
  '中文“引号”与「括号」',
  '\t\n\r',
  '\u0000',
  '😀',
  '\uD800',
];

describe('jsString', () => {

  it.each(NASTY)('is a JSON string literal for %j', (text) => {
    expect(JSON.parse(jsString(text))).toBe(text);
  });

  it.each(NASTY)('writes no raw MDX/HTML syntax character for %j', (text) => {
    expect(jsString(text).slice(1, -1)).not.toMatch(/[{}<>`&\u2028\u2029]/);
  });

  it('escapes syntax characters as \\u escapes and leaves others as they are', () => {
    expect(jsString('<a href="x">{1} & `2`</a>')).toBe('"\\u003ca href=\\"x\\"\\u003e\\u007b1\\u007d \\u0026 \\u00602\\u0060\\u003c/a\\u003e"');
    expect(jsString('王毅：*各位*')).toBe('"王毅：*各位*"');
    expect(jsString('\u2028\u2029')).toBe('"\\u2028\\u2029"');
  });

});

describe('mdxText', () => {
  it.each(NASTY)('wraps %j in one balanced expression that evaluates back', (text) => {
    const expression = mdxText(text);
    expect(expression.startsWith('{"')).toBe(true);
    expect(expression.endsWith('"}')).toBe(true);
    // MDX finds the end of an expression by counting braces; only the outer pair may be raw.
    expect(expression.slice(1, -1)).not.toMatch(/[{}]/);
  });

  it.each(NASTY)('gives back exactly %j through the MDX compiler and through the site\'s reader', async (text) => {
    const { compiled, read } = await paragraphText(text);
    expect(compiled).toEqual(paragraphOf(text));
    expect(read).toEqual(paragraphOf(text));
  });

  it('gives back a whole paragraph mixing everything', async () => {
    const text = NASTY.join(' ');
    const { compiled, read } = await paragraphText(text);
    expect(compiled).toEqual(paragraphOf(text));
    expect(read).toEqual(paragraphOf(text));
  });

  it('writes a Chinese paragraph readably', () => {
    expect(mdxText('各位记者朋友，大家上午好！')).toBe('{"各位记者朋友，大家上午好！"}');
  });
});
