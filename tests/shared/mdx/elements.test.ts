import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'astro/zod';
import { TURN_ROLE_OF, TURN_ROLES, type ElementAttributes, type ElementName } from '../../../src/shared/mdx/elements';
import type { Role } from '../../../src/shared/transcript/types';
import { elementAttributes } from '../../../src/site/lib/content/body';
import { parseMdxBody, splitFrontmatter, type MdxNode } from '../../../src/site/lib/mdx/read';

const GENERATED = 'content/generated';

/** Every generated page, read as the site reads it. */
function generatedBodies(): MdxNode[][] {
  const files = readdirSync(GENERATED, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
  return files.map((file) => {
    const { body, bodyLine } = splitFrontmatter(readFileSync(join(GENERATED, file), 'utf8'));
    return parseMdxBody(body, bodyLine);
  });
}

const elementsOf = (nodes: MdxNode[]): Extract<MdxNode, { type: 'element' }>[] =>
  nodes.flatMap((node) => (node.type === 'element' ? [node, ...elementsOf(node.children)] : []));

describe('the element vocabulary', () => {
  it('gives every speaker role of a transcript a turn role', () => {
    const roles: Role[] = ['reporter', 'official', 'host'];
    expect(roles.map((role) => TURN_ROLE_OF[role])).toEqual(['question', 'answer', 'host']);
    for (const role of Object.values(TURN_ROLE_OF)) expect(TURN_ROLES).toContain(role);
  });

  it('is what the content schema checks, attribute by attribute', () => {
    type Checked = { [Name in ElementName]: z.infer<(typeof elementAttributes)[Name]> };
    expectTypeOf<Checked>().toEqualTypeOf<ElementAttributes>();
    expect(elementAttributes.Turn.shape.role.options).toEqual([...TURN_ROLES]);
  });

  it('holds every element and attribute of the committed generated pages', () => {
    const used = new Map<string, Set<string>>();
    for (const element of generatedBodies().flatMap(elementsOf)) {
      const attributes = used.get(element.name) ?? new Set();
      for (const attribute of Object.keys(element.attributes)) attributes.add(attribute);
      used.set(element.name, attributes);
    }
    expect(used.size).toBeGreaterThan(0);
    for (const [name, attributes] of used) {
      expect(Object.keys(elementAttributes)).toContain(name);
      const known = Object.keys(elementAttributes[name as ElementName].shape);
      for (const attribute of attributes) expect(known, `${name} ${attribute}`).toContain(attribute);
    }
  });
});
