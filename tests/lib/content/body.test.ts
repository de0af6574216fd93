import { describe, expect, it } from 'vitest';
import { bodyOf, pageBodySchema } from '../../../src/lib/content/body';
import { conferenceSchema } from '../../../src/lib/content/schema';

const paragraph = { type: 'element', name: 'Paragraph', attributes: { id: 'a1', line: 13, continuedOn: [15] }, children: [{ type: 'text', value: '答。' }] };

describe('pageBodySchema', () => {
  it('accepts elements with JSON attribute values holding text and elements', () => {
    const body = [{ type: 'element', name: 'Turn', attributes: { role: 'answer', speaker: '王毅' }, children: [paragraph] }];
    expect(pageBodySchema.parse(body)).toEqual(body);
  });

  it.each([
    ['an empty body', [], 'the page has no body'],
    ['an element name that is not a name', [{ ...paragraph, name: '<script>' }], 'expected an element name such as Paragraph'],
    ['an attribute name that is not a name', [{ ...paragraph, attributes: { 'on click': 'x' } }], 'Invalid key in record'],
    ['a node of no known type', [{ type: 'comment', value: 'x' }], "Expected 'text' | 'element'"],
    ['text that is not a string', [{ ...paragraph, children: [{ type: 'text', value: 3 }] }], 'expected string'],
  ])('rejects %s', (_name, body, message) => {
    const result = pageBodySchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toContain(message);
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
