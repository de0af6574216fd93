import { describe, expect, it } from 'vitest';
import { englishIdOf, paragraphOf } from '../../src/shared/paragraph-id';

describe('paragraphOf', () => {
  it.each([
    ['a3', { part: 'a', number: 3 }],
    ['q1', { part: 'q', number: 1 }],
    ['q5-a12', { part: 'a', number: 12 }],
    ['q5-q2', { part: 'q', number: 2 }],
    ['a3-en', { part: 'a', number: 3 }],
    ['q5-h1-en2', { part: 'h', number: 1 }],
    ['corrections-heading', undefined],
  ])('%s', (id, expected) => expect(paragraphOf(id)).toEqual(expected));
});

describe('englishIdOf', () => {
  it.each([
    ['a3', 0, 'a3-en'],
    ['a3', 1, 'a3-en2'],
    ['q5-a3', 0, 'q5-a3-en'],
  ])('%s, line %i → %s', (id, index, expected) => expect(englishIdOf(id, index)).toBe(expected));
});
