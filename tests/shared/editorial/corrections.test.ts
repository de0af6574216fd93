import { describe, expect, it } from 'vitest';
import { CorrectionMismatch, narrowed, placeCorrections, segmentsOf, type Segment } from '../../../src/shared/editorial/corrections';
import type { Correction } from '../../../src/shared/editorial/schema';
import type { Question, SourceParagraph } from '../../../src/shared/transcript/types';

const correction = (original: string, corrected: string, extra: Partial<Correction> = {}): Correction => ({
  question: 1,
  original,
  corrected,
  reason: '排印错字。',
  source: '人民网',
  ...extra,
});
const paragraph = (id: string, text: string): SourceParagraph => ({ id, text, line: 1, continuedOn: [], english: [] });
const question = (...paragraphs: SourceParagraph[]): Question => {
  const asked = paragraphs.filter((item) => item.id.startsWith('q'));
  const answered = paragraphs.filter((item) => item.id.startsWith('a'));
  return {
    number: 4,
    questioner: '彭博社记者',
    outlet: '彭博社',
    line: 1,
    turns: [
      { role: 'reporter', label: '彭博社记者', speaker: '彭博社记者', line: 1, paragraphs: asked },
      { role: 'official', label: '王毅', speaker: '王毅', line: 1, paragraphs: answered },
    ],
    question: asked,
    answer: answered,
    answerers: ['王毅'],
  };
};
const mismatch = (work: () => unknown) => {
  expect(work).toThrow(CorrectionMismatch);
  try {
    work();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};

describe('narrowed', () => {
  it.each([
    ['a changed character', '美国如果总是是一套、做一套', '美国如果总是说一套、做一套', { before: '美国如果总是', original: '是', corrected: '说' }],
    ['an inserted character', '就是为战和谈铺路架桥', '就是为止战和谈铺路架桥', { before: '就是为', original: '', corrected: '止' }],
    ['a deleted character', '富有有效力', '富有效力', { before: '富有', original: '有', corrected: '' }],
    ['a replaced run', '设立更加富有有效力和实质内容的解决方案', '寻求各自均可接受的解决方案', { before: '', original: '设立更加富有有效力和实质内容', corrected: '寻求各自均可接受' }],
    ['a change at the end', '和乎', '和平', { before: '和', original: '乎', corrected: '平' }],
    ['a change at the start', '乎和', '平和', { before: '', original: '乎', corrected: '平' }],
    ['a prefix', '一二', '一二三', { before: '一二', original: '', corrected: '三' }],
    ['a repeated character removed', '啊啊', '啊', { before: '啊', original: '啊', corrected: '' }],
    ['nothing shared', '甲', '乙', { before: '', original: '甲', corrected: '乙' }],
  ])('trims %s to the changed characters', (_name, original, corrected, expected) => {
    expect(narrowed(original, corrected)).toEqual(expected);
  });

  it('never lets prefix and suffix overlap', () => {
    // "aba" → "abba": the shared prefix "ab" and suffix "ba" would overlap; the insertion is one "b".
    expect(narrowed('aba', 'abba')).toEqual({ before: 'ab', original: '', corrected: 'b' });
  });
});

describe('placeCorrections', () => {
  const slip = question(
    paragraph('q1', '美方说一套做一套？'),
    paragraph('a1', '美国如果总是是一套、做一套，信誉何在？'),
    paragraph('a2', '富有有效力，而且富有有效力。'),
    paragraph('a3', '设立更加富有有效力和实质内容的解决方案。'),
  );

  it('groups corrections by the one paragraph that holds them', () => {
    const first = correction('总是是一套', '总是说一套');
    const second = correction('实质内容的解决', '实质内容解决');
    expect(placeCorrections(slip, [first, second])).toEqual(new Map([
      ['a1', [first]],
      ['a3', [second]],
    ]));
  });

  it('keeps several corrections of one paragraph in order', () => {
    const first = correction('总是是一套', '总是说一套');
    const second = correction('信誉何在', '信用何在');
    expect(placeCorrections(slip, [second, first]).get('a1')).toEqual([second, first]);
  });

  it('finds a correction in the question', () => {
    expect([...placeCorrections(slip, [correction('说一套做一套', '说一套、做一套')]).keys()]).toEqual(['q1']);
  });

  it('fails on an original that does not occur', () => {
    expect(mismatch(() => placeCorrections(slip, [correction('不存在的文字', '文字')]))).toMatchInlineSnapshot(
      `""不存在的文字" does not occur in question 4"`,
    );
  });

  it('fails on an original that occurs in two paragraphs', () => {
    expect(mismatch(() => placeCorrections(slip, [correction('做一套', '做两套')]))).toBe(
      '"做一套" occurs more than once in question 4; name the paragraph or quote more context',
    );
    expect(mismatch(() => placeCorrections(slip, [correction('有有效', '有效')]))).toMatchInlineSnapshot(
      `""有有效" occurs more than once in question 4; name the paragraph or quote more context"`,
    );
  });

  it('fails on an original that occurs twice in one paragraph, even when the paragraph is named', () => {
    expect(mismatch(() => placeCorrections(slip, [correction('富有有效力', '富有效力', { paragraph: 'a2' })]))).toMatchInlineSnapshot(
      `""富有有效力" occurs more than once in paragraph a2 of question 4; name the paragraph or quote more context"`,
    );
  });

  it.each([
    ['q1', '做一套'],
    ['a1', '做一套'],
    ['a3', '富有有效力'],
  ])('uses `paragraph: %s` to pick one of the paragraphs that hold %s', (id, original) => {
    const named = correction(original, `${original}了`, { paragraph: id });
    expect(placeCorrections(slip, [named])).toEqual(new Map([[id, [named]]]));
  });

  it('fails when the named paragraph does not hold the original', () => {
    expect(mismatch(() => placeCorrections(slip, [correction('总是是一套', '总是说一套', { paragraph: 'a2' })]))).toMatchInlineSnapshot(
      `""总是是一套" does not occur in paragraph a2 of question 4"`,
    );
  });

  it('fails when the named paragraph does not exist', () => {
    expect(mismatch(() => placeCorrections(slip, [correction('总是是一套', '总是说一套', { paragraph: 'a9' })]))).toBe(
      '"总是是一套" does not occur in paragraph a9 of question 4',
    );
  });

  it('places nothing without corrections', () => {
    expect(placeCorrections(slip, [])).toEqual(new Map());
  });
});

describe('segmentsOf', () => {
  const text = '美国如果总是是一套、做一套，信誉何在？';
  const para = paragraph('a5', text);
  /** The printed text back from the segments: every segment's printed characters in order. */
  const printed = (segments: Segment[]) => segments.map((segment) => (segment.kind === 'text' ? segment.text : segment.original)).join('');
  const shape = (segments: Segment[]) =>
    segments.map((segment) => (segment.kind === 'text' ? segment.text : `[${segment.original}→${segment.corrected}]`));

  it('gives the whole paragraph as text without corrections', () => {
    expect(segmentsOf(para, [])).toEqual([{ kind: 'text', text }]);
  });

  it('marks only the changed characters of a correction', () => {
    const slip = correction('总是是一套', '总是说一套');
    const segments = segmentsOf(para, [slip]);
    expect(segments).toEqual([
      { kind: 'text', text: '美国如果总是' },
      { kind: 'correction', original: '是', corrected: '说', correction: slip },
      { kind: 'text', text: '一套、做一套，信誉何在？' },
    ]);
    expect(printed(segments)).toBe(text);
  });

  it.each([
    ['at the start', correction('美国如', '美方如'), ['美', '[国→方]', '如果总是是一套、做一套，信誉何在？']],
    ['at the end', correction('何在？', '何在！'), ['美国如果总是是一套、做一套，信誉何在', '[？→！]']],
    ['an insertion', correction('做一套', '又做一套'), ['美国如果总是是一套、', '[→又]', '做一套，信誉何在？']],
    ['a deletion', correction('是是', '是'), ['美国如果总是', '[是→]', '一套、做一套，信誉何在？']],
  ])('places a correction %s', (_name, slip, expected) => {
    const segments = segmentsOf(para, [slip]);
    expect(shape(segments)).toEqual(expected);
    expect(printed(segments)).toBe(text);
  });

  it('orders corrections by where they fall, whatever the order given', () => {
    const later = correction('信誉', '信用');
    const earlier = correction('总是是', '总是说');
    expect(shape(segmentsOf(para, [later, earlier]))).toEqual(['美国如果总是', '[是→说]', '一套、做一套，信', '[誉→用]', '何在？']);
  });

  it('fails on corrections whose changes overlap', () => {
    expect(mismatch(() => segmentsOf(para, [correction('总是是一套', '总是说一套'), correction('是是', '是')]))).toMatchInlineSnapshot(
      `"corrections overlap in paragraph a5"`,
    );
  });

  // Corrections are ordered by where their change starts, not where their quote starts: here the first
  // quote (美国如果总是是 → 美国如果总是说) starts first but changes a later character than 如果 → 假如.
  it('accepts corrections whose quotes overlap but whose changes do not, in any arrangement', () => {
    const segments = segmentsOf(para, [correction('美国如果总是是', '美国如果总是说'), correction('如果', '假如')]);
    expect(shape(segments)).toEqual(['美国', '[如果→假如]', '总是', '[是→说]', '一套、做一套，信誉何在？']);
  });

  it('places quotes that overlap when the changes do not (change of the earlier quote comes first)', () => {
    const segments = segmentsOf(para, [correction('美国', '美方'), correction('国如果总是是', '国如果总是说')]);
    expect(shape(segments)).toEqual(['美', '[国→方]', '如果总是', '[是→说]', '一套、做一套，信誉何在？']);
  });
});
