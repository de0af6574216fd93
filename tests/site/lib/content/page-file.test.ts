import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageBody, readPageFile } from '../../../../src/site/lib/content/page-file';
import { PROJECT } from '../../../helpers/project';

const PATH = 'content/generated/zh-hant/2024-03-07-wang-yi/05.mdx';
const page = readFileSync(join(PROJECT, PATH), 'utf8');

describe('readPageFile', () => {
  it('reads a committed page: its frontmatter as data and its body as checked elements', () => {
    const { frontmatter, body } = readPageFile(page, PATH);
    expect(frontmatter).toMatchObject({ conference: '2024-03-07-wang-yi', number: 5, script: 'zh-Hant' });
    expect(body[0]).toMatchObject({ type: 'element', name: 'Turn', attributes: { role: 'question' } });
  });

  it.each([
    ['a frontmatter that is not a mapping', page.replace(/^---\n[\s\S]*?\n---\n/, '---\n- a list\n---\n'), `${PATH}:line 2: the frontmatter is not a YAML mapping. Run`],
    ['invalid YAML, at its line', page.replace('number: 5\n', 'number: 5\nnumber: 6\n'), `${PATH}:${page.split('\n').indexOf('number: 5') + 2}: the frontmatter is not valid YAML: duplicated mapping key. Run`],
    ['an element the site does not render', page.replace('<Paragraph id="a1"', '<Aside id="a1"'), `${PATH}:line`],
    ['no body', page.replace(/\n---\n[\s\S]*$/, '\n---\n'), 'the body is not what the splitter writes (body: the page has no body)'],
  ])('fails on %s, naming the file', (_name, text, message) => {
    expect(() => readPageFile(text, PATH)).toThrow(message);
  });

  it('reads YAML that looks like other types as the strings the split wrote', () => {
    const { frontmatter } = readPageFile(page.replace(/^topic: .*$/m, 'topic: "yes"').replace(/^outlet: .*$/m, 'outlet: "1e3"'), PATH);
    expect(frontmatter).toMatchObject({ topic: 'yes', outlet: '1e3' });
  });

  it('reads the body alone as readPageFile does, and fails on it the same way', () => {
    expect(readPageBody(page, PATH)).toEqual(readPageFile(page, PATH).body);
    const broken = page.replace('<Paragraph id="a1"', '<Aside id="a1"');
    const failure = (read: () => unknown) => {
      try {
        read();
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(failure(() => readPageBody(broken, PATH))).toMatch(new RegExp(`^${PATH.replace(/[.]/g, '\\.')}:line \\d+: `));
    expect(failure(() => readPageBody(broken, PATH))).toBe(failure(() => readPageFile(broken, PATH)));
  });
});
