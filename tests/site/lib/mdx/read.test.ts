import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { mdxText } from '../../../../src/shared/mdx/literal';
import { MdxSyntaxError, parseMdxBody, splitFrontmatter, type MdxNode } from '../../../../src/site/lib/mdx/read';
import { PROJECT } from '../../../helpers/project';

/** Give the text of the elements of a tree, by the `id` of each element that has one. */
function textsById(nodes: MdxNode[], into = new Map<string, string>()): Map<string, string> {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const id = node.attributes.id;
    if (typeof id === 'string') into.set(id, node.children.map((child) => (child.type === 'text' ? child.value : `[${child.name}]`)).join(''));
    textsById(node.children, into);
  }
  return into;
}

describe('splitFrontmatter', () => {
  it('splits the YAML from the body and tells the line the body starts on', () => {
    expect(splitFrontmatter('---\na: "1"\nb: 2\n---\n\n<Turn role="lead">\n</Turn>\n')).toEqual({
      frontmatter: 'a: "1"\nb: 2',
      body: '\n<Turn role="lead">\n</Turn>\n',
      bodyLine: 5,
    });
  });

  it('fails on a file without frontmatter', () => {
    expect(() => splitFrontmatter('<Turn role="lead"></Turn>')).toThrow('line 1: the file does not start with --- frontmatter ---');
  });
});

describe('parseMdxBody', () => {
  it('reads elements, string and expression attributes, and text literals', () => {
    const body = `<Turn role="answer" speaker={"王毅"}>\n<Paragraph id="a2" line={31} continuedOn={[33]}>{"前"}<Correction note="c1" original={"是"} corrected={"说"} />{"后"}</Paragraph>\n</Turn>\n`;
    expect(parseMdxBody(body)).toEqual([
      {
        type: 'element',
        name: 'Turn',
        attributes: { role: 'answer', speaker: '王毅' },
        children: [
          {
            type: 'element',
            name: 'Paragraph',
            attributes: { id: 'a2', line: 31, continuedOn: [33] },
            children: [
              { type: 'text', value: '前' },
              { type: 'element', name: 'Correction', attributes: { note: 'c1', original: '是', corrected: '说' }, children: [] },
              { type: 'text', value: '后' },
            ],
          },
        ],
      },
    ]);
  });

  it.each([
    '<script>alert(1)</script>',
    '{ } ` * _ # [ ] | &amp; < >',
    "import x from 'y'",
    'export const a = 1',
    '---',
    '"quoted" \\ backslash }{ braces',
    '\u2028line separator',
  ])('gives back exactly the text written by the splitter: %s', (text) => {
    const [paragraph] = parseMdxBody(`<Paragraph id="a1" line={1}>${mdxText(text)}</Paragraph>`);
    expect(paragraph).toMatchObject({ children: [{ type: 'text', value: text }] });
  });

  it.each([
    ['<Turn role="lead">\n<Paragraph id="d1" line={7}>{"x"}</Paragraph>\n', 3, '<Turn> is not closed'],
    ['<Turn role="lead">\n</Paragraph>', 2, '</Paragraph> closes <Turn>'],
    ['</Turn>', 1, 'a closing tag without an opening one'],
    ['<Paragraph id="a1" line={1}>\nplain text</Paragraph>', 2, 'unexpected "p": text must be written as {"…"}'],
    ['<Paragraph id="a1" line={1}>{x}</Paragraph>', 1, 'the expression {x} is not a literal value'],
    ['<Paragraph id="a1" line={1}>{42}</Paragraph>', 1, 'a text expression must hold a string literal'],
    ['<Paragraph id="a1 line={1}>{"x"}</Paragraph>', 1, 'expected "="'],
  ])('fails on %j at line %i: %s', (body, line, problem) => {
    const error = (() => {
      try {
        parseMdxBody(body);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(MdxSyntaxError);
    expect(error).toMatchObject({ line, message: `line ${line}: ${problem}` });
  });

  it('numbers lines from where the body starts in its file', () => {
    expect(() => parseMdxBody('\n\n</Turn>', 40)).toThrow('line 42: a closing tag without an opening one');
  });

  const generated = join(PROJECT, 'content/generated');
  const pages = globSync('**/*.mdx', { cwd: generated }).sort();

  it.each(pages)('reads %s, its paragraphs numbered in order within each kind', (page) => {
    const { body, bodyLine } = splitFrontmatter(readFileSync(join(generated, page), 'utf8'));
    const ids = [...textsById(parseMdxBody(body, bodyLine)).keys()];
    expect(ids.length).toBeGreaterThan(0);
    for (const kind of new Set(ids.map((id) => id[0]))) {
      const numbers = ids.filter((id) => id[0] === kind).map((id) => Number(id.slice(1)));
      expect(numbers, `${kind} paragraphs`).toEqual(numbers.map((_, index) => index + 1));
    }
  });

  it('reads a correction inside its paragraph', () => {
    const { body, bodyLine } = splitFrontmatter(readFileSync(join(generated, 'zh-hans/2024-03-07-wang-yi/04.mdx'), 'utf8'));
    const paragraphs = textsById(parseMdxBody(body, bodyLine));
    expect([...paragraphs.keys()]).toEqual(['q1', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect(paragraphs.get('a5')).toContain('美国如果总是[Correction]一套、做一套');
  });
});
