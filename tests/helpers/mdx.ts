import { evaluate } from '@mdx-js/mdx';
import type { BodyNode } from '../../src/site/lib/content/body';

// Run MDX through the real compiler (@mdx-js/mdx), with a JSX runtime that builds plain data
// instead of a UI: the tree is then compared with what the site's own reader makes of the same MDX.

const FRAGMENT = Symbol('Fragment');

interface Props {
  children?: unknown;
  [attribute: string]: unknown;
}

/** Turn what a component received as children into body nodes. */
function nodesOf(children: unknown): BodyNode[] {
  if (children === undefined || children === null || children === false) return [];
  if (Array.isArray(children)) return children.flatMap(nodesOf);
  if (typeof children === 'string') return [{ type: 'text', value: children }];
  return [children as BodyNode];
}

/** Build an element (or, for a fragment, its children) the way a JSX runtime would. */
function jsx(type: unknown, { children, ...attributes }: Props): BodyNode | BodyNode[] {
  if (type === FRAGMENT) return nodesOf(children);
  if (typeof type !== 'string') throw new Error(`the MDX used a component that is not an element name: ${String(type)}`);
  return { type: 'element', name: type, attributes: attributes as never, children: nodesOf(children) } as BodyNode;
}

/** Compile and run a page's MDX (body, or whole file with frontmatter as plain text) and give its tree. */
export async function runMdx(source: string, elements: readonly string[] = ['Turn', 'Paragraph', 'Correction']): Promise<BodyNode[]> {
  const { default: Content } = await evaluate(source, { Fragment: FRAGMENT, jsx, jsxs: jsx, baseUrl: import.meta.url });
  // Each element the page uses is given as a component that is simply its own name.
  const components = Object.fromEntries(elements.map((name) => [name, name]));
  return nodesOf(Content({ components }));
}
