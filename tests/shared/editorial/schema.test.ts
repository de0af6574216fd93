import { describe, expect, it } from 'vitest';
import { correctionSchema, editorialSchema } from '../../../src/shared/editorial/schema';

const valid = { question: 4, original: '是一套', corrected: '说一套', reason: '排印错字。', source: '人民网' };

describe('correctionSchema', () => {
  it('accepts a correction with or without a paragraph', () => {
    expect(correctionSchema.parse(valid)).toEqual(valid);
    expect(correctionSchema.parse({ ...valid, paragraph: 'q2' })).toEqual({ ...valid, paragraph: 'q2' });
  });

  it.each([
    ['question', { question: 1.5 }],
    ['question', { question: -1 }],
    ['paragraph', { paragraph: 'o1' }],
    ['paragraph', { paragraph: 'a' }],
    ['original', { original: '' }],
    ['corrected', { corrected: '' }],
    ['reason', { reason: '' }],
    ['source', { source: '' }],
  ])('rejects a bad %s: %j', (field, change) => {
    const result = correctionSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it('rejects a correction that changes nothing', () => {
    const result = correctionSchema.safeParse({ ...valid, corrected: valid.original });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['original and corrected are the same text']);
  });
});

describe('editorialSchema', () => {
  it('fills defaults', () => {
    expect(editorialSchema.parse({})).toEqual({
      hosts: [],
      speakers: new Map(),
      notSpeakers: [],
      headings: [],
      notQuestions: [],
      questionStarts: [],
      questionOutlets: new Map(),
      drop: [],
      outlets: new Map(),
      topics: new Map(),
      corrections: [],
    });
  });

  it('reads every field, keyed records as maps', () => {
    expect(
      editorialSchema.parse({
        script: 'zh-Hant',
        variant: 'hk',
        hosts: ['新闻处处长'],
        speakers: { 答: '高远', 秘书长: { name: '周振邦', title: '总统府秘书长', role: 'official' } },
        notSpeakers: ['我想强调三点'],
        headings: ['经济形势'],
        notQuestions: ['有记者问到'],
        questionStarts: [{ startsWith: '有记者就', questioner: '记者' }],
        dropFrom: { text: '推荐阅读', reason: '转载的推荐链接' },
        questionOutlets: { '3': '香港电台' },
        drop: [{ text: '（完）', reason: '结束标记' }, { startsWith: '点击', reason: '转载的按钮' }],
        source: { publication: '香港特区政府新闻公报', url: 'https://www.info.gov.hk/gia/general/201502/25/P201502250632.htm', edition: '2015年2月25日' },
        questionsAnswered: 21,
        outlets: { 凤凰卫视: 'Phoenix TV' },
        topics: { '1': '预算' },
        corrections: [valid],
      }),
    ).toEqual({
      script: 'zh-Hant',
      variant: 'hk',
      hosts: ['新闻处处长'],
      speakers: new Map<string, unknown>([
        ['答', '高远'],
        ['秘书长', { name: '周振邦', title: '总统府秘书长', role: 'official' }],
      ]),
      notSpeakers: ['我想强调三点'],
      headings: ['经济形势'],
      notQuestions: ['有记者问到'],
      questionStarts: [{ startsWith: '有记者就', questioner: '记者' }],
      dropFrom: { text: '推荐阅读', reason: '转载的推荐链接' },
      questionOutlets: new Map([['3', '香港电台']]),
      drop: [
        { text: '（完）', reason: '结束标记' },
        { startsWith: '点击', reason: '转载的按钮' },
      ],
      source: { publication: '香港特区政府新闻公报', url: 'https://www.info.gov.hk/gia/general/201502/25/P201502250632.htm', edition: '2015年2月25日' },
      questionsAnswered: 21,
      outlets: new Map([['凤凰卫视', 'Phoenix TV']]),
      topics: new Map([['1', '预算']]),
      corrections: [valid],
    });
  });

  it('reads keys that are names of JavaScript properties as data', () => {
    const parsed = editorialSchema.parse({ outlets: { constructor: 'A', toString: 'B', hasOwnProperty: 'C' }, speakers: { valueOf: '高远' } });
    expect(parsed.outlets).toEqual(new Map([['constructor', 'A'], ['toString', 'B'], ['hasOwnProperty', 'C']]));
    expect(parsed.speakers.get('valueOf')).toBe('高远');
  });

  it.each([
    ['script', { script: 'zh-CN' }],
    ['variant', { variant: 'cn' }],
    ['hosts', { hosts: [''] }],
    ['speakers', { speakers: { 答: '' } }],
    ['questionOutlets', { questionOutlets: { a: '凤凰卫视' } }],
    ['drop', { drop: [{ text: '（完）' }] }],
    ['drop', { drop: [{ text: '（完）', reason: '结束标记', line: 3 }] }],
    ['source', { source: { url: 'https://example.org/' } }],
    ['source', { source: { publication: '人民网', url: 'not a url' } }],
    ['source', { source: { publication: '人民网', page: 4 } }],
  ])('rejects a bad %s: %j', (field, data) => {
    const result = editorialSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });

  it('rejects unknown fields', () => {
    expect(editorialSchema.safeParse({ topic: {} }).success).toBe(false);
  });

  it.each([['1'], ['14'], ['021']])('accepts the topic key %s', (key) => {
    expect(editorialSchema.safeParse({ topics: { [key]: '题' } }).success).toBe(true);
  });

  it.each([['a'], ['1a'], ['']])('rejects the topic key %j', (key) => {
    expect(editorialSchema.safeParse({ topics: { [key]: '题' } }).success).toBe(false);
  });

  it.each([[0], [1.5]])('rejects questionsAnswered %s', (count) => {
    expect(editorialSchema.safeParse({ questionsAnswered: count }).success).toBe(false);
  });
});
