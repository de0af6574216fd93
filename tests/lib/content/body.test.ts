import { describe, expect, it } from 'vitest';
import { bodyOf, pageBodySchema } from '../../../src/lib/content/body';
import { conferenceSchema } from '../../../src/lib/content/schema';

const paragraph = { type: 'element', name: 'Paragraph', attributes: { id: 'a1', line: 13, continuedOn: [15] }, children: [{ type: 'text', value: '答。' }] };

describe('pageBodySchema', () => {
  it('accepts the elements the splitter writes, with their attributes', () => {
    const body = [{ type: 'element', name: 'Turn', attributes: { role: 'answer', speaker: '王毅' }, children: [paragraph] }];
    expect(pageBodySchema.parse(body)).toEqual(body);
  });

  it('rejects an empty body', () => {
    expect(pageBodySchema.safeParse([]).error?.issues[0]?.message).toBe('the page has no body');
  });

  it.each([
    ['an element the site does not render', [{ ...paragraph, name: 'script' }]],
    ['an attribute an element does not have', [{ ...paragraph, attributes: { ...paragraph.attributes, onclick: 'x' } }]],
    ['a paragraph id of no known kind', [{ ...paragraph, attributes: { id: 'x1', line: 13 } }]],
    ['a line that is not a positive whole number', [{ ...paragraph, attributes: { id: 'a1', line: 0 } }]],
    ['a turn of no known role', [{ type: 'element', name: 'Turn', attributes: { role: 'narrator' }, children: [] }]],
    ['an English line that names no paragraph', [{ type: 'element', name: 'English', attributes: { line: 3 }, children: [] }]],
    ['a node of no known type', [{ type: 'comment', value: 'x' }]],
    ['text that is not a string', [{ ...paragraph, children: [{ type: 'text', value: 3 }] }]],
  ])('rejects %s', (_name, body) => {
    expect(pageBodySchema.safeParse(body).success).toBe(false);
  });
});

describe('a collection schema with the body', () => {
  it('adds the body to a frontmatter schema and keeps its checks', () => {
    const schema = conferenceSchema.safeExtend({ body: pageBodySchema });
    expect(schema.shape.body).toBe(pageBodySchema);
    expect(schema.safeParse({ body: [paragraph] }).success).toBe(false);
  });

  it('gives the body back through bodyOf', () => {
    expect(bodyOf({ data: { body: [paragraph] as never } })).toEqual([paragraph]);
  });
});
