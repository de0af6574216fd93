import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../../src/site/lib/content/body';
import { parseMdxBody, splitFrontmatter } from '../../../src/site/lib/mdx/read';
import { runMdx } from '../../helpers/mdx';
import { PROJECT } from '../../helpers/project';

// Generated pages stay MDX: every committed page compiles with the real MDX compiler, and the
// compiled page holds exactly the tree the site's own reader gives (the one the content loader stores).

const GENERATED = join(PROJECT, 'content/generated');
const PAGES = globSync('**/*.mdx', { cwd: GENERATED }).sort();

/** Drop the line breaks MDX keeps between block elements, which the reader skips as layout. */
function withoutLayout(nodes: BodyNode[]): BodyNode[] {
  const isBreak = (node: BodyNode) => node.type === 'text' && node.value === '\n';
  const flow = nodes.some((node) => node.type === 'element') && nodes.every((node) => node.type === 'element' || isBreak(node));
  return nodes
    .filter((node) => !(flow && isBreak(node)))
    .map((node) => (node.type === 'element' ? { ...node, children: withoutLayout(node.children) } : node));
}

describe('committed generated pages', () => {
  it('are all found: a conference page and its questions, in both scripts', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(30);
    expect(PAGES.filter((page) => page.startsWith('zh-hans/')).map((page) => page.slice('zh-hans/'.length))).toEqual(
      PAGES.filter((page) => page.startsWith('zh-hant/')).map((page) => page.slice('zh-hant/'.length)),
    );
  });

  it.each(PAGES)('%s compiles with @mdx-js/mdx to the tree the site reads', async (page) => {
    const { body, bodyLine } = splitFrontmatter(readFileSync(join(GENERATED, page), 'utf8'));
    const compiled = withoutLayout(await runMdx(body));
    expect(compiled.length).toBeGreaterThan(0);
    expect(compiled).toEqual(parseMdxBody(body, bodyLine));
  });
});
