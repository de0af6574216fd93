import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TranscriptError } from '../../../src/splitter/transcript/errors';
import { parseTranscript } from '../../../src/splitter/transcript/parse';
import type { Conference, Turn } from '../../../src/shared/transcript/types';
import { BRIEFING, BRIEFING_FILE, lines, SEED_JOINS, transcriptErrorOf } from '../../helpers/transcript';

const FILE = BRIEFING_FILE;
const parse = (text: string, file = FILE) => parseTranscript(text, file);
const texts = (paragraphs: readonly { text: string }[]) => paragraphs.map((paragraph) => paragraph.text);
/** The paragraphs of turns, in order. */
const paragraphsOf = (turns: readonly Turn[]) => turns.flatMap((turn) => turn.paragraphs);

describe('parseTranscript: rules', () => {
  const conference = parse(BRIEFING);

  it('takes the conference id and date from the file name', () => {
    expect(conference).toMatchObject({ id: '2024-05-01-wang-wenbin', date: '2024-05-01', file: FILE });
  });

  it('reads the first non-blank line as the headline, with its line number', () => {
    const padded = parse(lines('', '  ', '\u3000', '外交部发言人汪文斌主持例行记者会', '新华社北京5月1日电 记者会。', '甲报记者：问？', '汪文斌：答。'));
    expect(padded.headline).toEqual({ text: '外交部发言人汪文斌主持例行记者会', line: 4 });
    expect(conference.headline).toEqual({ text: '外交部发言人汪文斌主持例行记者会', line: 1 });
  });

  it('reads the dateline and keeps the whole dateline paragraph as the first lead paragraph d1', () => {
    expect(conference.dateline).toEqual({ label: '新华社北京5月1日电', agency: '新华社', place: '北京', month: 5, day: 1 });
    expect(conference.lead).toEqual([
      { id: 'd1', text: '新华社北京5月1日电 外交部发言人汪文斌5月1日主持例行记者会。', line: 3, continuedOn: [], english: [] },
    ]);
  });

  it('keeps unlabelled paragraphs between the dateline and the first speaker in the lead (d2, …)', () => {
    const withLead = parse(lines('标题', '新华社北京5月1日电 记者会。', '记者会在蓝厅举行。', '汪文斌：大家好。', '甲报记者：问？', '汪文斌：答。'));
    expect(withLead.lead.map(({ id, text, line }) => [id, text, line])).toEqual([
      ['d1', '新华社北京5月1日电 记者会。', 2],
      ['d2', '记者会在蓝厅举行。', 3],
    ]);
    expect(texts(paragraphsOf(withLead.opening))).toEqual(['大家好。']);
  });

  it('reads opening remarks by the official, label removed, over several paragraphs (o1, o2)', () => {
    expect(conference.officials).toEqual(['汪文斌']);
    expect(conference.opening).toEqual([
      {
        role: 'official',
        label: '汪文斌',
        speaker: '汪文斌',
        line: 5,
        paragraphs: [
          { id: 'o1', text: '各位记者朋友，下午好。', line: 5, continuedOn: [], english: [] },
          { id: 'o2', text: '今天的记者会到此开始。', line: 6, continuedOn: [], english: [] },
        ],
      },
    ]);
  });

  it('reads a briefing without hosts or closing turns', () => {
    expect(conference.hosts).toEqual([]);
    expect(conference.closing).toEqual([]);
    expect(conference.dropped).toEqual([]);
    expect(conference.headline.english).toBeUndefined();
  });

  it('reads a transcript without opening remarks: the first answer names the official', () => {
    const bare = parse(lines('标题', '新华社北京5月1日电 记者会。', '《人民日报》记者：问题？', '王毅：回答。'));
    expect(bare.opening).toEqual([]);
    expect(bare.officials).toEqual(['王毅']);
    expect(bare.questions[0]?.answerers).toEqual(['王毅']);
    expect(bare.questions).toHaveLength(1);
    expect(texts(bare.questions[0]?.answer ?? [])).toEqual(['回答。']);
  });

  it.each([
    ['中央广播电视总台央视记者', '中央广播电视总台央视'],
    ['《人民日报》记者', '《人民日报》'],
    ['CGTN记者', 'CGTN'],
    ['今日俄罗斯国际通讯社记者', '今日俄罗斯国际通讯社'],
    ['法新社記者', '法新社'],
  ])('reads the question label %s (outlet %j)', (label, outlet) => {
    const parsed = parse(lines('标题', '新华社北京5月1日电 记者会。', `${label}：请问？`, '汪文斌：回答。'));
    expect(parsed.questions[0]).toMatchObject({ number: 1, questioner: label, outlet, line: 3 });
    expect(texts(parsed.questions[0]?.question ?? [])).toEqual(['请问？']);
  });

  it.each(['王毅', '汪文斌', '毛宁', 'Spokesperson'])('takes the answerer from the transcript, not a fixed name: %s', (answerer) => {
    const parsed = parse(lines('标题', '新华社北京5月1日电 记者会。', '甲报记者：一问？', `${answerer}：一答。`, '乙社记者：二问？', `${answerer}：二答。`));
    expect(parsed.officials).toEqual([answerer]);
    expect(parsed.questions.map((question) => question.answerers)).toEqual([[answerer], [answerer]]);
    expect(parsed.questions.map((question) => texts(question.answer))).toEqual([['一答。'], ['二答。']]);
  });

  it('numbers the questions in order with their labels and lines', () => {
    expect(conference.questions.map(({ number, questioner, line }) => [number, questioner, line])).toEqual([
      [1, '中央广播电视总台央视记者', 8],
      [2, '《人民日报》记者', 13],
      [3, 'CGTN记者', 18],
    ]);
  });

  it('reads multi-paragraph questions and answers, numbering paragraphs q1, q2 and a1, a2 per question', () => {
    const [first, second] = conference.questions;
    expect(first?.answer).toEqual([
      { id: 'a1', text: '中方的立场是一贯的。', line: 10, continuedOn: [], english: [] },
      { id: 'a2', text: '我们愿同各方一道努力。', line: 11, continuedOn: [], english: [] },
    ]);
    expect(second?.question).toEqual([
      { id: 'q1', text: '第一段问题。', line: 13, continuedOn: [], english: [] },
      { id: 'q2', text: '第二段问题？', line: 14, continuedOn: [], english: [] },
    ]);
    expect(second?.answer.map((paragraph) => paragraph.id)).toEqual(['a1']);
  });

  it('reports no joins and no continuation for a complete transcript without page breaks', () => {
    expect(conference.joins).toEqual([]);
    expect(conference.continuation).toBeNull();
  });

  describe('headline and dateline', () => {
    it('reads a transcript with no dateline: the lead is empty and the dateline null', () => {
      const bare = parse(lines('外交部发言人汪文斌主持例行记者会', '甲报记者：问？', '汪文斌：答。'));
      expect(bare.dateline).toBeNull();
      expect(bare.lead).toEqual([]);
      expect(bare.questions.map((question) => [question.line, texts(question.question), texts(question.answer)])).toEqual([[2, ['问？'], ['答。']]]);
    });

    it('keeps an intro without a dateline as the lead', () => {
      const intro = parse(lines('外交部发言人汪文斌主持例行记者会', '记者会今天下午在蓝厅举行。', '甲报记者：问？', '汪文斌：答。'));
      expect(intro.dateline).toBeNull();
      expect(intro.lead.map(({ id, text, line }) => [id, text, line])).toEqual([['d1', '记者会今天下午在蓝厅举行。', 2]]);
    });

    it('reads a dateline after an intro sentence, and not one further down the lead', () => {
      const second = parse(lines('标题', '记者会今天举行。', '新华社北京5月1日电 记者会。', '甲报记者：问？', '汪文斌：答。'));
      expect(second.dateline?.label).toBe('新华社北京5月1日电');
      expect(second.lead.map((paragraph) => paragraph.id)).toEqual(['d1', 'd2']);
      const fourth = parse(lines('标题', '甲。', '乙。', '丙。', '新华社北京5月2日电 记者会。', '甲报记者：问？', '汪文斌：答。'));
      expect(fourth.dateline).toBeNull();
      expect(texts(fourth.lead)).toEqual(['甲。', '乙。', '丙。', '新华社北京5月2日电 记者会。']);
    });

    it.each([
      ['中新网北京4月12日电 国台办发言人朱凤莲12日表示。', { label: '中新网北京4月12日电', agency: '中新网', place: '北京', month: 4, day: 12 }],
      ['中央社台北12日電 國台辦發言人表示。', { label: '中央社台北12日電', agency: '中央社', place: '台北', day: 12 }],
    ])('reads the dateline of another agency that agrees with the file name: %s', (paragraph, dateline) => {
      const parsed = parse(lines('国台办举行例行新闻发布会', paragraph, '甲报记者：问？', '朱凤莲：答。'), 'content/transcripts/2023-04-12-tao.txt');
      expect(parsed.dateline).toEqual(dateline);
      expect(parsed.lead.map(({ id, line }) => [id, line])).toEqual([['d1', 2]]);
    });

    it('joins a headline printed on two short lines and reads the date it starts with', () => {
      const dated = parse(lines('2024年10月21日外交部发言人林远', '主持例行记者会', '甲报记者：问？', '林远：答。'), 'content/transcripts/2024-10-21-lin-yuan.txt');
      expect(dated.headline).toEqual({ text: '2024年10月21日外交部发言人林远主持例行记者会', line: 1 });
      expect(dated.questions[0]?.line).toBe(3);
    });

    it('keeps the English title printed under the headline', () => {
      const bilingual = parse(lines('外交部发言人汪文斌主持例行记者会', "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference", '甲报记者：问？', '汪文斌：答。'));
      expect(bilingual.headline).toEqual({
        text: '外交部发言人汪文斌主持例行记者会',
        line: 1,
        english: "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference",
      });
      expect(bilingual.lead).toEqual([]);
    });
  });

  describe('English lines (bilingual transcripts)', () => {
    const bilingual = parse(
      lines(
        '外交部发言人汪文斌主持例行记者会', // 1
        '总台央视记者：中方对此有何评论？', // 2
        "CCTV: What is China's comment on this", // 3
        'development in the region?', // 4
        '汪文斌：中方欢迎。', // 5
        'Wang Wenbin: China welcomes it.', // 6
        '我们愿同各方一道努力。', // 7
        'We are ready to work with all sides.', // 8
      ),
    );
    const [question] = bilingual.questions;

    it('attaches each English line to the paragraph before it, with its label stripped', () => {
      expect(question?.answer.map(({ id, text, english }) => ({ id, text, english }))).toEqual([
        { id: 'a1', text: '中方欢迎。', english: [{ text: 'China welcomes it.', line: 6 }] },
        { id: 'a2', text: '我们愿同各方一道努力。', english: [{ text: 'We are ready to work with all sides.', line: 8 }] },
      ]);
    });

    it('joins an English line wrapped onto the next line with a space', () => {
      expect(question?.question).toEqual([
        { id: 'q1', text: '中方对此有何评论？', line: 2, continuedOn: [], english: [{ text: "What is China's comment on this development in the region?", line: 3 }] },
      ]);
      expect(bilingual.joins).toEqual([]);
    });
  });

  describe('speakers and turns', () => {
    it('allows several officials: each question lists who answers it, a supplement included', () => {
      const parsed = parse(lines('标题', '甲报记者：一问？', '毛宁：一答。', '汪文斌：补充一点。', '乙社记者：二问？', '汪文斌：二答。'));
      expect(parsed.officials).toEqual(['毛宁', '汪文斌']);
      expect(parsed.hosts).toEqual([]);
      expect(parsed.questions.map((question) => question.answerers)).toEqual([['毛宁', '汪文斌'], ['汪文斌']]);
      expect(parsed.questions[0]?.answer.map(({ id, text }) => [id, text])).toEqual([
        ['a1', '一答。'],
        ['a2', '补充一点。'],
      ]);
      expect(parsed.questions[0]?.turns.map(({ role, speaker, line }) => [role, speaker, line])).toEqual([
        ['reporter', '甲报记者', 2],
        ['official', '毛宁', 3],
        ['official', '汪文斌', 4],
      ]);
    });

    it('names the spokesperson of the headline for answers labelled 答, and shows 问 as 记者 without an outlet', () => {
      const parsed = parse(lines('外交部发言人高远在例行记者招待会上答记者问', '问：一问？', '答：一答。', '问：二问？', '答：二答。'));
      expect(parsed.officials).toEqual(['高远']);
      expect(parsed.questions.map(({ questioner, outlet, answerers }) => ({ questioner, outlet, answerers }))).toEqual([
        { questioner: '记者', outlet: undefined, answerers: ['高远'] },
        { questioner: '记者', outlet: undefined, answerers: ['高远'] },
      ]);
      expect(parsed.questions[0]?.turns.map(({ label, speaker }) => [label, speaker])).toEqual([
        ['问', '记者'],
        ['答', '高远'],
      ]);
    });

    it('keeps "追问：" and the same outlet right after its answer in one question', () => {
      const parsed = parse(
        lines('标题', '甲报记者：一问？', '汪文斌：一答。', '追问：那么二呢？', '汪文斌：二答。', '甲报记者：还有三？', '汪文斌：三答。', '乙社记者：新问题？', '汪文斌：新答。'),
      );
      expect(parsed.questions.map((question) => question.questioner)).toEqual(['甲报记者', '乙社记者']);
      const [first] = parsed.questions;
      expect(first?.turns.map(({ role, label }) => [role, label])).toEqual([
        ['reporter', '甲报记者'],
        ['official', '汪文斌'],
        ['reporter', '追问'],
        ['official', '汪文斌'],
        ['reporter', '甲报记者'],
        ['official', '汪文斌'],
      ]);
      expect(first?.question.map(({ id, text }) => [id, text])).toEqual([
        ['q1', '一问？'],
        ['q2', '那么二呢？'],
        ['q3', '还有三？'],
      ]);
      expect(first?.answer.map((paragraph) => paragraph.id)).toEqual(['a1', 'a2', 'a3']);
    });

    it('starts a new question when the same outlet asks again after another question', () => {
      const parsed = parse(lines('标题', '甲报记者：一问？', '汪文斌：一答。', '乙社记者：二问？', '汪文斌：二答。', '甲报记者：三问？', '汪文斌：三答。'));
      expect(parsed.questions.map((question) => question.questioner)).toEqual(['甲报记者', '乙社记者', '甲报记者']);
    });

    it("moves a host's lines after an answer to the next question, and those after the last answer to the closing", () => {
      const parsed = parse(
        lines(
          '标题', // 1
          '主持人：请提问。', // 2
          '甲报记者：一问？', // 3
          '汪文斌：一答。', // 4
          '主持人：下一位。', // 5
          '主持人：请这位记者。', // 6
          '乙社记者：二问？', // 7
          '汪文斌：二答。', // 8
          '主持人：今天的发布会到此结束。', // 9
        ),
      );
      expect(parsed.hosts).toEqual(['主持人']);
      expect(parsed.officials).toEqual(['汪文斌']);
      expect(parsed.opening.map(({ role, line, paragraphs }) => [role, line, texts(paragraphs)])).toEqual([['host', 2, ['请提问。']]]);
      const [first, second] = parsed.questions;
      expect(first?.turns.map(({ role, line }) => [role, line])).toEqual([
        ['reporter', 3],
        ['official', 4],
      ]);
      expect(second?.turns.map(({ role, line, paragraphs }) => [role, line, paragraphs.map(({ id, text }) => `${id} ${text}`)])).toEqual([
        ['host', 5, ['h1 下一位。', 'h2 请这位记者。']],
        ['reporter', 7, ['q1 二问？']],
        ['official', 8, ['a1 二答。']],
      ]);
      expect(second?.line).toBe(7);
      expect(parsed.closing.map(({ role, line, paragraphs }) => [role, line, paragraphs.map(({ id, text }) => `${id} ${text}`)])).toEqual([
        ['host', 9, ['e1 今天的发布会到此结束。']],
      ]);
    });

    it('records the time stamp of a live text on the turn it opens and the paragraph it ends', () => {
      const parsed = parse(lines('标题', '[10:02]', '甲报记者：问？', '汪文斌：答。[10:05]'));
      const [asked, answered] = parsed.questions[0]?.turns ?? [];
      expect(asked).toMatchObject({ time: '10:02' });
      expect(answered?.paragraphs[0]).toMatchObject({ text: '答。', time: '10:05' });
      expect(parsed.dropped).toEqual([{ line: 2, text: '[10:02]', kind: 'time' }]);
    });
  });

  describe('print page breaks', () => {
    const cut = parse(
      lines(
        '标题', // 1
        '新华社北京5月1日电 记者会。', // 2
        '甲报记者：请问中方', // 3
        '', // 4
        '对此有何评论？', // 5
        '汪文斌：我们认为：', // 6
        '第一，要对话。', // 7
        '第二，要合', // 8
        '', // 9
        '', // 10
        '作，', // 11
        '', // 12
        '共同发展。', // 13
      ),
    );
    const [question] = cut.questions;

    it('re-joins a paragraph that does not end a sentence with the next one, recording where it resumed', () => {
      expect(question?.question).toEqual([{ id: 'q1', text: '请问中方对此有何评论？', line: 3, continuedOn: [5], english: [] }]);
    });

    it('joins across several breaks in a row', () => {
      expect(question?.answer[2]).toEqual({ id: 'a3', text: '第二，要合作，共同发展。', line: 8, continuedOn: [11, 13], english: [] });
    });

    it('does not join a paragraph ending in "：" (a list follows)', () => {
      expect(texts(question?.answer ?? [])).toEqual(['我们认为：', '第一，要对话。', '第二，要合作，共同发展。']);
    });

    it('lists every join as the line it starts on and the line it resumes on', () => {
      expect(cut.joins).toEqual([
        { line: 3, resumedOn: 5 },
        { line: 8, resumedOn: 11 },
        { line: 8, resumedOn: 13 },
      ]);
    });

    it('never joins a paragraph with a labelled one', () => {
      const parsed = parse(lines('标题', '新华社北京5月1日电 记者会。', '甲报记者：请问中方', '汪文斌：回答', '乙社记者：问题？', '汪文斌：回答。'));
      expect(parsed.joins).toEqual([]);
      expect(parsed.questions.map((item) => [texts(item.question), texts(item.answer)])).toEqual([
        [['请问中方'], ['回答']],
        [['问题？'], ['回答。']],
      ]);
    });
  });

  describe('continuation marker', () => {
    it.each([
      ['(下转第四版)', '四'],
      ['（下转第四版）', '四'],
      ['(下转第十二版)', '十二'],
      ['(下转第12版)', '12'],
      ['（下转第 5 版）', '5'],
    ])('strips a closing %s and keeps it as data (page %s)', (marker, page) => {
      const parsed = parse(lines('标题', '新华社北京5月1日电 记者会。', '甲报记者：问？', '汪文斌：答。', '', marker, ''));
      expect(parsed.continuation).toEqual({ marker, page, line: 6 });
      expect(parsed.questions[0]?.answer.map((paragraph) => paragraph.text)).toEqual(['答。']);
    });

    it('does not join the cut last paragraph with the marker', () => {
      const parsed = parse(lines('标题', '新华社北京5月1日电 记者会。', '甲报记者：问？', '汪文斌：答到一半', '(下转第四版)'));
      expect(texts(parsed.questions[0]?.answer ?? [])).toEqual(['答到一半']);
      expect(parsed.joins).toEqual([]);
      expect(parsed.continuation?.line).toBe(5);
    });
  });

  describe('line endings and spaces', () => {
    const plain = parse(BRIEFING);
    const sameAsPlain = (text: string) => expect(parse(text)).toEqual(plain);

    it('reads CRLF line endings', () => sameAsPlain(BRIEFING.replaceAll('\n', '\r\n')));
    it('reads old Mac CR line endings', () => sameAsPlain(BRIEFING.replaceAll('\n', '\r')));
    it('ignores a byte order mark', () => sameAsPlain(`\uFEFF${BRIEFING}`));
    it('ignores trailing spaces and tabs', () => sameAsPlain(BRIEFING.replaceAll('\n', ' \t \n')));
    it('ignores full-width spaces (U+3000) at line starts and ends', () =>
      sameAsPlain(BRIEFING.split('\n').map((line) => (line ? `\u3000\u3000${line}\u3000` : line)).join('\n')));
    it('reads lines made only of spaces as blank', () => sameAsPlain(BRIEFING.replaceAll('\n\n', '\n \u3000\t\n')));
    it('keeps spaces inside a paragraph', () => {
      expect(parse(BRIEFING).lead[0]?.text).toBe('新华社北京5月1日电 外交部发言人汪文斌5月1日主持例行记者会。');
    });
    it('counts lines the same with CRLF, a BOM and indentation', () => {
      const messy = `\uFEFF${BRIEFING.split('\n').map((line) => `\u3000${line} `).join('\r\n')}`;
      const lineNumbers = (parsed: Conference) => [
        parsed.headline.line,
        ...parsed.lead.map((paragraph) => paragraph.line),
        ...parsed.opening.flatMap((turn) => [turn.line, ...turn.paragraphs.map((paragraph) => paragraph.line)]),
        ...parsed.questions.flatMap((question) => [question.line, ...[...question.question, ...question.answer].map((paragraph) => paragraph.line)]),
      ];
      expect(lineNumbers(parse(messy))).toEqual(lineNumbers(plain));
      expect(lineNumbers(plain)).toEqual([1, 3, 5, 5, 6, 8, 8, 10, 11, 13, 13, 14, 16, 18, 18, 20]);
    });
  });
});

describe('parseTranscript: errors', () => {
  const message = (text: string, file = FILE) => transcriptErrorOf(() => parse(text, file)).message;

  it('fails on an empty file', () => {
    expect(message('')).toMatchInlineSnapshot(`
      "content/transcripts/2024-05-01-wang-wenbin.txt:1: the transcript is empty
        A transcript starts with a headline, then the questions and answers (a dateline or an intro may come between)."
    `);
    expect(message('\n\u3000\r\n \t\n')).toBe(message(''));
  });

  it('fails on a file with only a headline, at the headline', () => {
    expect(message(lines('', '标题'))).toMatchInlineSnapshot(`
      "content/transcripts/2024-05-01-wang-wenbin.txt:2: the transcript has only a headline
        After the headline come the questions and answers, each turn starting with its speaker's label ("…记者：", "问：", "[主持人]：")."
    `);
  });

  it("fails when no line is labelled as a reporter's, at the first line after the headline", () => {
    expect(message(lines('标题', '新华社北京5月1日电 记者会。', '', '汪文斌：大家好。', '请问有什么问题？'))).toMatchInlineSnapshot(`
      "content/transcripts/2024-05-01-wang-wenbin.txt:2: no question found
        A question starts with a reporter's label: "…记者：" (e.g. "《人民日报》记者："), "问：", "記者：" or "[…记者]：", on its own line or before the question; the answer follows under the official's label."
    `);
  });

  it('fails when a transcript has a dateline and nothing else, at the dateline', () => {
    expect(transcriptErrorOf(() => parse(lines('标题', '新华社北京5月1日电 记者会。'))).location).toEqual({ file: FILE, line: 2 });
  });

  it('fails on a question followed by another question, at the unanswered question', () => {
    expect(message(lines('标题', '新华社北京5月1日电 记者会。', '汪文斌：大家好。', '甲报记者：一问？', '乙社记者：二问？', '汪文斌：答。')))
      .toMatchInlineSnapshot(`
        "content/transcripts/2024-05-01-wang-wenbin.txt:4: question 1 (甲报记者) has no answer
          After "甲报记者：" must come an answer labelled with an official's name or title ("汪文斌：" or "答："). If the text is cut off, end the file before this question."
      `);
  });

  it('fails on a last question with no answer', () => {
    expect(message(lines('标题', '新华社北京5月1日电 记者会。', '甲报记者：一问？', '汪文斌：答。', '乙社记者：二问？', '二问的第二段。')))
      .toMatchInlineSnapshot(`
        "content/transcripts/2024-05-01-wang-wenbin.txt:5: question 2 (乙社记者) has no answer
          After "乙社记者：" must come an answer labelled with an official's name or title ("汪文斌：" or "答："). If the text is cut off, end the file before this question."
      `);
  });

  it.each([
    ['content/transcripts/wang-yi.txt'],
    ['content/transcripts/2024-3-7-wang-yi.txt'],
    ['content/transcripts/2024-03-07.txt'],
    ['content/transcripts/2024-03-07-wang-yi.md'],
  ])('fails on a file name without a date: %s', (file) => {
    const error = transcriptErrorOf(() => parse(BRIEFING, file));
    expect(error.location).toEqual({ file, line: 1 });
    expect(error.problem).toBe(`the file name "${file.split('/').pop()}" does not start with a date`);
  });

  it('pins the file-name message', () => {
    expect(message(BRIEFING, 'content/transcripts/wang-yi.txt')).toMatchInlineSnapshot(`
      "content/transcripts/wang-yi.txt:1: the file name "wang-yi.txt" does not start with a date
        Name each transcript YYYY-MM-DD-<slug>.txt after the day of the conference, e.g. 2024-03-07-wang-yi.txt."
    `);
  });

  it('fails on a file name with a date that does not exist', () => {
    expect(message(BRIEFING, 'content/transcripts/2024-02-30-wang-wenbin.txt')).toMatchInlineSnapshot(`
      "content/transcripts/2024-02-30-wang-wenbin.txt:1: the file name "2024-02-30-wang-wenbin.txt" holds a date that does not exist
        Name each transcript YYYY-MM-DD-<slug>.txt after the day of the conference, e.g. 2024-03-07-wang-yi.txt."
    `);
  });

  it('fails when the dateline disagrees with the file name, at the dateline', () => {
    expect(message(BRIEFING, 'content/transcripts/2024-05-02-wang-wenbin.txt')).toMatchInlineSnapshot(`
      "content/transcripts/2024-05-02-wang-wenbin.txt:3: the dateline says 5月1日 but the file name says 2024年5月2日 (2024-05-02)
        Check the date: rename the file after the day of the conference, or fix the dateline if it was mistyped."
    `);
  });

  it.each([
    ['中新网北京4月12日电 国台办发言人朱凤莲12日表示。', '4月12日'],
    ['中央社台北12日電 國台辦發言人表示。', '12日'],
  ])('fails when the dateline of another agency disagrees with the file name, at the dateline: %s', (paragraph, printed) => {
    const error = transcriptErrorOf(() =>
      parse(lines('国台办举行例行新闻发布会', '', '记者会今天举行。', paragraph, '甲报记者：问？', '朱凤莲：答。'), 'content/transcripts/2023-04-13-tao.txt'),
    );
    expect(error.location).toEqual({ file: 'content/transcripts/2023-04-13-tao.txt', line: 4 });
    expect(error.problem).toBe(`the dateline says ${printed} but the file name says 2023年4月13日 (2023-04-13)`);
  });

  it('pins the message for a dateline that prints only the day', () => {
    expect(message(lines('國台辦記者會', '中央社台北12日電 國台辦發言人表示。', '法新社記者：請問？', '朱鳳蓮：答。'), 'content/transcripts/2023-04-13-tao.txt'))
      .toMatchInlineSnapshot(`
        "content/transcripts/2023-04-13-tao.txt:2: the dateline says 12日 but the file name says 2023年4月13日 (2023-04-13)
          Check the date: rename the file after the day of the conference, or fix the dateline if it was mistyped."
      `);
  });

  it('fails when the headline is dated another day than the file name, at the headline', () => {
    expect(message(lines('', '2024年10月21日外交部发言人林远', '主持例行记者会', '甲报记者：问？', '林远：答。'), 'content/transcripts/2024-10-22-lin-yuan.txt'))
      .toMatchInlineSnapshot(`
        "content/transcripts/2024-10-22-lin-yuan.txt:2: the headline is dated 2024-10-21 but the file name says 2024-10-22
          Check the date: rename the file after the day of the conference, or fix the headline if it was mistyped."
      `);
  });

  it.each([
    ['NUL', '\u0000', 4],
    ['U+0007', '\u0007', 5],
  ])('fails on a %s character, at its line', (_name, control, line) => {
    const text = lines('标题', '新华社北京5月1日电 记者会。', '甲报记者：问？', '汪文斌：答。', '再答。');
    const withControl = text.split('\n').map((row, index) => (index + 1 === line ? `${row}${control}` : row)).join('\n');
    const error = transcriptErrorOf(() => parse(withControl));
    expect(error.location).toEqual({ file: FILE, line });
    expect(error.problem).toBe(`the line holds a control character (U+${control.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`);
  });

  it('accepts a dateline in any year (wire datelines print none)', () => {
    expect(parse(BRIEFING, 'content/transcripts/2019-05-01-wang-wenbin.txt').date).toBe('2019-05-01');
  });

  it('fails on a continuation marker that is not the last line, at the marker', () => {
    expect(message(lines('标题', '新华社北京5月1日电 记者会。', '甲报记者：问？', '（下转第四版）', '汪文斌：答。'))).toMatchInlineSnapshot(`
      "content/transcripts/2024-05-01-wang-wenbin.txt:4: the continuation marker "（下转第四版）" is not the last line
        A marker such as "(下转第四版)" may only close a transcript. Remove it, or move the text after it to the right place."
    `);
  });

  it('fails on a last line that holds a marker among other text', () => {
    const error = transcriptErrorOf(() => parse(lines('标题', '新华社北京5月1日电 记者会。', '甲报记者：问？', '汪文斌：答。(下转第四版)')));
    expect(error.location.line).toBe(4);
    expect(error.problem).toBe('the continuation marker "汪文斌：答。(下转第四版)" is not the last line');
  });

  it('reads a speaker label alone on its line as the label of the paragraphs that follow', () => {
    const conference = parse(lines('标题', '新华社北京5月1日电 记者会。', '甲报记者：', '请问？', '汪文斌：', '答。', '再答。'));
    const [question] = conference.questions;
    expect(question?.question.map((paragraph) => [paragraph.id, paragraph.text, paragraph.line])).toEqual([['q1', '请问？', 4]]);
    expect(question?.answer.map((paragraph) => [paragraph.id, paragraph.text, paragraph.line])).toEqual([
      ['a1', '答。', 6],
      ['a2', '再答。', 7],
    ]);
  });

  it('fails on a questioner label followed at once by the answer', () => {
    expect(() => parse(lines('标题', '新华社北京5月1日电 记者会。', '甲报记者：', '汪文斌：答。'))).toThrow(
      "question 1 has a questioner's label but no question",
    );
  });

  // The marker is stripped before the headline is read, so a file of nothing else is empty.
  it('fails with a TranscriptError on a file holding only a continuation marker', () => {
    expect(() => parse(lines('', '(下转第四版)'))).toThrow(TranscriptError);
  });

  it('every error message is "path:line: problem" then an indented hint line', () => {
    const error = transcriptErrorOf(() => parse(lines('标题')));
    expect(error.message.split('\n')).toEqual([`${FILE}:1: ${error.problem}`, `  ${error.hint}`]);
  });
});

describe('parseTranscript: the seed transcript (golden)', () => {
  const SEED_PATH = 'content/transcripts/2024-03-07-wang-yi.txt';
  const raw = readFileSync(new URL(`../../../${SEED_PATH}`, import.meta.url), 'utf8');
  const seed = parseTranscript(raw, SEED_PATH);

  const QUESTIONERS = [
    '中央广播电视总台央视记者',
    '今日俄罗斯国际通讯社记者',
    '《人民日报》记者',
    '彭博社记者',
    '新华社记者',
    '埃及尼罗河电视台记者',
    '《北京青年报》记者',
    '埃菲社记者',
    '《联合早报》记者',
    '《环球时报》记者',
    'CGTN记者',
    '中新社记者',
    '印尼安塔拉通讯社记者',
    '凤凰卫视记者',
  ];

  it('has 14 questions with their questioner labels in order', () => {
    expect(seed.questions.map((question) => question.questioner)).toEqual(QUESTIONERS);
    expect(seed.questions.map((question) => question.number)).toEqual(QUESTIONERS.map((_, index) => index + 1));
  });

  it('has the answer paragraph counts of the print text', () => {
    expect(seed.questions.map((question) => question.answer.length)).toEqual([7, 3, 4, 6, 6, 3, 6, 4, 4, 6, 5, 5, 4, 4]);
  });

  it('has one question paragraph per question (question 5 re-joined across a break)', () => {
    expect(seed.questions.map((question) => question.question.length)).toEqual(QUESTIONERS.map(() => 1));
    expect(seed.questions[4]?.question[0]).toMatchObject({ id: 'q1', line: 63, continuedOn: [65] });
    expect(seed.questions[4]?.question[0]?.text.endsWith('两大主张，受到国际社会广泛关注和支持。您能否就此作进一步阐释？')).toBe(true);
  });

  it('re-joins the six print page breaks', () => {
    expect(seed.joins).toEqual(SEED_JOINS);
    const joined = [seed.lead, paragraphsOf(seed.opening), ...seed.questions.flatMap((question) => [question.question, question.answer])]
      .flat()
      .filter((paragraph) => paragraph.continuedOn.length > 0)
      .map((paragraph) => [paragraph.line, ...paragraph.continuedOn]);
    expect(joined).toEqual([[31, 33], [57, 59], [63, 65], [85, 87], [119, 121], [155, 157]]);
  });

  it('ends with the continuation marker (下转第四版) on line 185', () => {
    expect(seed.continuation).toEqual({ marker: '(下转第四版)', page: '四', line: 185 });
  });

  it('has the headline, dateline and one paragraph of opening remarks by 王毅 on line 9', () => {
    expect(seed.headline).toEqual({ text: '中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问', line: 5 });
    expect(seed.dateline).toEqual({ label: '新华社北京3月7日电', agency: '新华社', place: '北京', month: 3, day: 7 });
    expect(seed.lead.map((paragraph) => [paragraph.id, paragraph.line])).toEqual([['d1', 7]]);
    expect(seed.officials).toEqual(['王毅']);
    expect(seed.hosts).toEqual([]);
    expect(seed.opening).toHaveLength(1);
    expect(seed.opening[0]).toMatchObject({ role: 'official', label: '王毅', speaker: '王毅', line: 9 });
    expect(seed.opening[0]?.paragraphs).toHaveLength(1);
    expect(seed.opening[0]?.paragraphs[0]).toMatchObject({ id: 'o1', line: 9, continuedOn: [] });
    expect(seed.opening[0]?.paragraphs[0]?.text.startsWith('各位记者朋友')).toBe(true);
    expect(seed.closing).toEqual([]);
    expect(seed.dropped).toEqual([]);
  });

  it('accounts for every character of the source', () => {
    // The expected side, from the raw file with plain string operations: drop blank lines, line
    // breaks and the closing marker, and cut the speaker label from the start of labelled lines.
    const labels = ['王毅', ...QUESTIONERS].map((label) => `${label}：`);
    const expected = raw
      .split('\n')
      .filter((line) => line !== '' && line !== '(下转第四版)')
      .map((line) => {
        const label = labels.find((candidate) => line.startsWith(candidate));
        return label ? line.slice(label.length) : line;
      })
      .join('');
    const actual = [
      seed.headline.text,
      ...[...seed.lead, ...paragraphsOf(seed.opening), ...seed.questions.flatMap((question) => [...question.question, ...question.answer])].map(
        (paragraph) => paragraph.text,
      ),
    ].join('');
    expect(actual.length).toBe(expected.length);
    expect(actual).toBe(expected);
  });

  it('gives each paragraph the line it starts on in the source', () => {
    const sourceLines = raw.split('\n');
    const paragraphs = [...seed.lead, ...paragraphsOf(seed.opening), ...seed.questions.flatMap((question) => [...question.question, ...question.answer])];
    expect(paragraphs).toHaveLength(1 + 1 + 14 + 67);
    for (const paragraph of paragraphs) {
      expect(sourceLines[paragraph.line - 1], `${paragraph.id} on line ${paragraph.line}`).toContain(paragraph.text.slice(0, 12));
    }
  });
});

describe('parseTranscript: speakers that look alike', () => {
  it('names the announcer without 首先 (林远首先发布消息：)', () => {
    const parsed = parseTranscript(lines('标题', '林远首先发布消息：应邀访华。', '甲报记者：问？', '林远：答。'), 'content/transcripts/2024-05-01-a.txt');
    expect(parsed.officials).toEqual(['林远']);
  });

  it('never takes an official who answers a question alone for the host', () => {
    const parsed = parseTranscript(
      lines('标题', '新华社北京5月1日电 记者会。', '汪文斌：大家好。', '甲报记者：一问？', '汪文斌：答。', '乙社记者：二问？', '毛宁：答。'),
      'content/transcripts/2024-05-01-a.txt',
    );
    expect(parsed.hosts).toEqual([]);
    expect(parsed.questions.map((question) => question.answerers)).toEqual([['汪文斌'], ['毛宁']]);
  });

  it('keeps a dateline followed by "王毅表示：" as the dateline and lead', () => {
    const parsed = parseTranscript(lines('标题', '新华社北京5月1日电 王毅表示：中方愿同各方合作。', '甲报记者：问？', '王毅：答。'), 'content/transcripts/2024-05-01-a.txt');
    expect(parsed.dateline?.label).toBe('新华社北京5月1日电');
    expect(parsed.officials).toEqual(['王毅']);
  });

  it('reads a sentence ending in a colon on its own line as text of the answer', () => {
    const parsed = parseTranscript(lines('标题', '甲报记者：问？', '王毅：中方立场如下。', '我想强调三点：', '第一，要对话。'), 'content/transcripts/2024-05-01-a.txt');
    expect(parsed.questions[0]?.answerers).toEqual(['王毅']);
    expect(parsed.questions[0]?.answer.map((paragraph) => paragraph.text)).toEqual(['中方立场如下。', '我想强调三点：', '第一，要对话。']);
  });
});
