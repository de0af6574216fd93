import { describe, expect, it } from 'vitest';
import { piecesOf } from '../../../src/splitter/transcript/pieces';

/** Lines as the parser gives them: non-blank, each with a blank line after it (1, 3, 5, …). */
const numbered = (...texts: string[]) => texts.map((text, index) => ({ text, line: index * 2 + 1 }));
const texts = (lines: readonly string[]) => piecesOf(numbered(...lines), {}).pieces.map((piece) => piece.text);

describe('piecesOf: print page breaks', () => {
  it('joins a paragraph cut mid-sentence with the next one', () => {
    expect(piecesOf(numbered('维护好、发展好中俄关系，是双方', '基于两国人民根本利益作出的战略选择。'), {})).toEqual({
      pieces: [
        { text: '维护好、发展好中俄关系，是双方基于两国人民根本利益作出的战略选择。', line: 1, continuedOn: [3], speaker: null, english: false },
      ],
      joins: [{ line: 1, resumedOn: 3 }],
      dropped: [],
    });
  });

  it('keeps joining while the joined text still does not end a sentence', () => {
    const { pieces, joins } = piecesOf(numbered('一', '二', '三。', '四。'), {});
    expect(pieces.map(({ text, line, continuedOn }) => ({ text, line, continuedOn }))).toEqual([
      { text: '一二三。', line: 1, continuedOn: [3, 5] },
      { text: '四。', line: 7, continuedOn: [] },
    ]);
    expect(joins).toEqual([
      { line: 1, resumedOn: 3 },
      { line: 1, resumedOn: 5 },
    ]);
  });

  it.each([
    ['a colon (a list follows)', ['“四个坚持”至关重要：', '首先是坚持不干涉内政。'], ['“四个坚持”至关重要：', '首先是坚持不干涉内政。']],
    ['a closing bracket', ['详见附表[1]', '下一段。'], ['详见附表[1]', '下一段。']],
    ['a full-width closing bracket', ['详见附表［1］', '下一段。'], ['详见附表［1］', '下一段。']],
    ['a Latin full stop', ['会议由WTO主办.', '下一段。'], ['会议由WTO主办.', '下一段。']],
    ['a live-text time stamp, which is cut off', ['我们欢迎各方参与[10:32]', '下一段。'], ['我们欢迎各方参与', '下一段。']],
    ['a speaker label alone on its line', ['汪文斌：', '答。'], ['', '答。']],
  ])('does not join a paragraph ending in %s', (_name, lines, expected) => {
    const { pieces, joins } = piecesOf(numbered(...lines), {});
    expect(pieces.map((piece) => piece.text)).toEqual(expected);
    expect(joins).toEqual([]);
  });

  it.each([
    ['a labelled paragraph', ['回答到一半', '彭博社记者：下一个问题？']],
    ['a paragraph after a time stamp on its own line', ['回答到一半', '10:32', '下一段。']],
    ['an English line', ['回答到一半', 'This is the English translation of the answer.']],
  ])('does not join with %s', (_name, lines) => {
    const { pieces, joins } = piecesOf(numbered(...lines), {});
    expect(pieces).toHaveLength(2);
    expect(joins).toEqual([]);
  });

  it('keeps the time stamp that ended a paragraph, and one printed on its own line before the next', () => {
    const { pieces, dropped } = piecesOf(numbered('我们欢迎各方参与。[10:32]', '[10:35]', '下一段。'), {});
    expect(pieces.map(({ text, time, timeBefore }) => ({ text, time, timeBefore }))).toEqual([
      { text: '我们欢迎各方参与。', time: '10:32', timeBefore: undefined },
      { text: '下一段。', time: undefined, timeBefore: '10:35' },
    ]);
    expect(dropped).toEqual([{ line: 3, text: '[10:35]', kind: 'time' }]);
  });

  it('leaves a cut last paragraph as it is', () => {
    expect(texts(['完整。', '被截断'])).toEqual(['完整。', '被截断']);
  });

  it('does not change the lines it is given', () => {
    const input = numbered('一', '二。');
    const copy = structuredClone(input);
    piecesOf(input, {});
    expect(input).toEqual(copy);
  });
});

describe('piecesOf: labels, English and noise', () => {
  it('reads the label off a labelled paragraph and keeps the rest as its text', () => {
    const [piece] = piecesOf(numbered('彭博社记者：请问？'), {}).pieces;
    expect(piece).toMatchObject({ text: '请问？', speaker: { label: '彭博社记者', rest: '请问？', form: 'plain' } });
  });

  it.each([
    ['a phrase before a colon, printed once with text after it', ['王毅：答。', '我想强调三点：第一，要对话。', '王毅：再答。'], [true, false, true]],
    ['a lead-in inside an answer', ['甲报记者：问？', '王毅：答。', '具体而言：三点。'], [true, true, false]],
    ['a name that speaks before anyone else', ['高远：下午好。'], [true]],
    ['a label printed twice', ['李想：一。', '李想：二。'], [true, true]],
    ['a bare name answering a reporter', ['甲报记者：问？', '郑远：答。'], [true, true]],
    ['a label ending in a title', ['财政司司长：答。'], [true]],
    ['a label naming a host', ['主持人：请提问。'], [true]],
  ])('tells speakers from text: %s', (_name, lines, speakers) => {
    expect(piecesOf(numbered(...lines), {}).pieces.map((piece) => piece.speaker !== null)).toEqual(speakers);
  });

  it('stops at a name printed once inside an answer, and reads it as the editorial file says', () => {
    const lines = numbered('甲报记者：问？', '王毅：答。', '高远：下午好。');
    expect(() => piecesOf(lines, {})).toThrow(/^transcript:5: cannot tell whether "高远：" is a speaker's label/u);
    expect(piecesOf(lines, { speakers: new Map([['高远', '高远']]) }).pieces[2]?.speaker?.label).toBe('高远');
    expect(piecesOf(lines, { hosts: ['高远'] }).pieces[2]?.speaker?.label).toBe('高远');
    expect(piecesOf(lines, { notSpeakers: ['高远'] }).pieces[2]?.speaker).toBeNull();
  });

  it('marks English lines and strips the label they repeat', () => {
    const { pieces } = piecesOf(
      numbered('央视记者：请问？', 'CCTV: Could you comment on this?', '汪文斌：我们注意到了。', 'Wang Wenbin: We have noted the reports.'),
      {},
    );
    expect(pieces.map(({ text, english, speaker }) => ({ text, english, speaker: speaker?.label ?? null }))).toEqual([
      { text: '请问？', english: false, speaker: '央视记者' },
      { text: 'Could you comment on this?', english: true, speaker: null },
      { text: '我们注意到了。', english: false, speaker: '汪文斌' },
      { text: 'We have noted the reports.', english: true, speaker: null },
    ]);
  });

  it('keeps English of its own as text in a Chinese transcript: a question asked in English, a quoted slogan', () => {
    const { pieces } = piecesOf(numbered('法新社记者（英文）：Could you comment on the new rules?', '汪文斌：我们注意到了。', 'Openness brings progress, and we mean it.'), {});
    expect(pieces.map(({ text, english, lang, speaker }) => ({ text, english, lang, speaker: speaker?.label ?? null }))).toEqual([
      { text: 'Could you comment on the new rules?', english: false, lang: 'en', speaker: '法新社记者（英文）' },
      { text: '我们注意到了。', english: false, lang: undefined, speaker: '汪文斌' },
      { text: 'Openness brings progress, and we mean it.', english: false, lang: 'en', speaker: null },
    ]);
  });

  it('drops portal noise and the lines an editorial file names, with their lines and reasons', () => {
    const { pieces, dropped } = piecesOf(numbered('分享到：微信 微博', '责任编辑：李新', '答。【编辑：李新】', '一问一答'), {
      drop: [{ text: '一问一答', reason: '栏目名，不是发言' }],
    });
    expect(pieces.map((piece) => piece.text)).toEqual(['答。']);
    expect(dropped).toEqual([
      { line: 1, text: '分享到：微信 微博', kind: 'share' },
      { line: 3, text: '责任编辑：李新', kind: 'editor' },
      { line: 5, text: '【编辑：李新】', kind: 'editor' },
      { line: 7, text: '一问一答', kind: 'editorial', reason: '栏目名，不是发言' },
    ]);
  });
});
