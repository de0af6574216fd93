import { describe, expect, it } from 'vitest';
import type { ExcerptPart } from '../../../src/shared/search/excerpt';
import { pageHits } from '../../../src/shared/search/hits';

const show = (parts: ExcerptPart[]) => parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');
const fold = (text: string) => text.toLowerCase();
const OPTIONS = { shown: 2, length: 64 };
const PARAGRAPHS = [
  { id: 'q1', text: '乌克兰危机何时结束？' },
  { id: 'a1', text: '在乌克兰问题上，中方始终秉持客观公正立场。' },
  { id: 'a2', text: '巴勒斯坦人民独立建国的夙愿不能再回避了。' },
  { id: 'a3', text: '乌克兰危机的解决，需要各方共同努力，也需要和平。' },
];
const CORRECTIONS = [{ paragraph: 'a2', text: '夙愿不能再回避了 夙愿不能再回想了' }];
const hits = (terms: string[], options = OPTIONS) => {
  const found = pageHits(PARAGRAPHS, CORRECTIONS, terms, fold, options);
  return { paragraphs: found.paragraphs.map((hit) => [hit.id, show(hit.excerpt)]), more: found.more };
};

describe('pageHits', () => {
  it('gives one hit per paragraph that holds a term, in reading order, and counts the rest', () => {
    expect(hits(['乌克兰'])).toEqual({
      paragraphs: [
        ['q1', '[乌克兰]危机何时结束？'],
        ['a1', '在[乌克兰]问题上，中方始终秉持客观公正立场。'],
      ],
      more: 1,
    });
  });

  it('shows the paragraphs that hold the most terms first', () => {
    expect(hits(['乌克兰', '和平']).paragraphs.map(([id]) => id)).toEqual(['q1', 'a3']);
  });

  it('shows every matching paragraph when there are few', () => {
    expect(hits(['乌克兰'], { shown: 3, length: 64 }).more).toBe(0);
  });

  it('finds the printed wording of a correction in its paragraph, and shows the corrected text there', () => {
    expect(hits(['回想'])).toEqual({ paragraphs: [['a2', '巴勒斯坦人民独立建国的夙愿不能再回避了。']], more: 0 });
    expect(hits(['回避'])).toEqual({ paragraphs: [['a2', '巴勒斯坦人民独立建国的夙愿不能再[回避]了。']], more: 0 });
  });

  it('shows the opening lines, linked to the page, when only the metadata holds the terms', () => {
    expect(hits(['彭博'])).toEqual({ paragraphs: [[null, '乌克兰危机何时结束？']], more: 0 });
    expect(hits([])).toEqual({ paragraphs: [[null, '乌克兰危机何时结束？']], more: 0 });
  });

  it('folds terms and text alike', () => {
    const found = pageHits([{ id: 'a1', text: 'Bloomberg asked.' }], [], ['BLOOMBERG'], fold, OPTIONS);
    expect(show(found.paragraphs[0]?.excerpt ?? [])).toBe('[Bloomberg] asked.');
  });

  it('gives nothing for a page without paragraphs', () => {
    expect(pageHits([], [], ['南海'], fold, OPTIONS)).toEqual({ paragraphs: [], more: 0 });
  });
});
