import { describe, expect, it } from 'vitest';
import { changedSpans, type Span } from '../../../src/site/lib/changed-spans';

/** A span list written compactly: kept text as is, a change as [struck→inserted]. */
const written = (spans: Span[]) => spans.map((span) => (span.kind === 'kept' ? span.text : `[${span.original}→${span.corrected}]`)).join('');

describe('changedSpans', () => {
  // The corrections of the seed conference, as the splitter narrows them (shared start and end trimmed).
  it.each([
    ['好经济', '分好经济发展的', '[→分]好经济[→发展的]'],
    ['是', '说', '[是→说]'],
    ['想', '避', '[想→避]'],
    ['重返', '还', '[重返→还]'],
    ['', '止', '[→止]'],
    ['有', '', '[有→]'],
    ['和乎', '和平', '和[乎→平]'],
    ['设立更加富有有效力和实质内容', '寻求各自均可接受', '[设立更加富有有效力和实质内容→寻求各自均可接受]'],
  ])('marks %j → %j as %s', (original, corrected, expected) => {
    expect(written(changedSpans(original, corrected))).toBe(expected);
  });

  it('keeps a lone shared character inside a replaced word in the change (制止 → 止战)', () => {
    expect(changedSpans('制止', '止战')).toEqual([{ kind: 'changed', original: '制止', corrected: '止战' }]);
  });

  it('keeps runs of two or more shared characters between changes as printed', () => {
    expect(written(changedSpans('甲乙丙丁戊', '子乙丙丑戊'))).toBe('[甲→子]乙丙[丁→丑]戊');
    expect(written(changedSpans('甲乙丙丁', '子乙丑丁'))).toBe('[甲乙丙→子乙丑]丁');
  });

  it('reads back both wordings from its spans', () => {
    for (const [original, corrected] of [['做大并好经济蛋糕', '做大并分好经济发展的蛋糕'], ['为制止凝聚共识', '为止战凝聚共识'], ['𠀀好', '好𠀀']]) {
      const spans = changedSpans(original!, corrected!);
      expect(spans.map((span) => (span.kind === 'kept' ? span.text : span.original)).join('')).toBe(original);
      expect(spans.map((span) => (span.kind === 'kept' ? span.text : span.corrected)).join('')).toBe(corrected);
    }
  });

  it('gives nothing for two empty wordings', () => {
    expect(changedSpans('', '')).toEqual([]);
  });
});
