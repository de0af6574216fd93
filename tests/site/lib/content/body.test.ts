import { describe, expect, it } from 'vitest';
import { pageBodySchema } from '../../../../src/site/lib/content/body';

const paragraph = { type: 'element', name: 'Paragraph', attributes: { id: 'a1', line: 13, continuedOn: [15] }, children: [{ type: 'text', value: '答。' }] };
const turn = { type: 'element', name: 'Turn', attributes: { role: 'answer', speaker: '王毅' }, children: [paragraph] };

describe('pageBodySchema', () => {
  it('accepts turns holding paragraphs holding text', () => {
    expect(pageBodySchema.parse([turn])).toEqual([turn]);
  });

  it('rejects an empty body', () => {
    expect(pageBodySchema.safeParse([]).error?.issues.map((issue) => issue.message)).toEqual(['the page has no body']);
  });

  it.each([
    ['an element the site does not render', [{ ...paragraph, name: 'script' }]],
    ['an attribute the element does not take', [{ ...paragraph, attributes: { ...paragraph.attributes, onclick: 'x' } }]],
    ['a paragraph id of no known kind', [{ ...paragraph, attributes: { id: 'x1', line: 13 } }]],
    ['a line number that is not a positive integer', [{ ...paragraph, attributes: { id: 'a1', line: 0 } }]],
    ['a turn of no known role', [{ ...turn, attributes: { role: 'narrator' } }]],
    ['a node of no known type', [{ type: 'comment', value: 'x' }]],
    ['text that is not a string', [{ ...paragraph, children: [{ type: 'text', value: 3 }] }]],
    ['an element nested inside another that is not valid', [{ ...turn, children: [{ ...paragraph, attributes: {} }] }]],
  ])('rejects %s', (_name, body) => {
    expect(pageBodySchema.safeParse(body).success).toBe(false);
  });
});
