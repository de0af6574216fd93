import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TranscriptError } from '../../../src/lib/transcript/errors';
import { parseTranscript } from '../../../src/lib/transcript/parse';
import type { Conference } from '../../../src/lib/transcript/types';
import { BRIEFING, BRIEFING_FILE, lines, SEED_JOINS, transcriptErrorOf } from '../../helpers/transcript';

const FILE = BRIEFING_FILE;
const parse = (text: string, file = FILE) => parseTranscript(text, file);
const texts = (paragraphs: readonly { text: string }[]) => paragraphs.map((paragraph) => paragraph.text);

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
      { id: 'd1', text: '新华社北京5月1日电 外交部发言人汪文斌5月1日主持例行记者会。', line: 3, continuedOn: [] },
    ]);
  });

  it('keeps unlabelled paragraphs between the dateline and the first speaker in the lead (d2, …)', () => {
    const withLead = parse(lines('标题', '新华社北京5月1日电 记者会。', '记者会在蓝厅举行。', '汪文斌：大家好。', '甲报记者：问？', '汪文斌：答。'));
    expect(withLead.lead.map(({ id, text, line }) => [id, text, line])).toEqual([
      ['d1', '新华社北京5月1日电 记者会。', 2],
      ['d2', '记者会在蓝厅举行。', 3],
    ]);
    expect(texts(withLead.opening)).toEqual(['大家好。']);
  });

  it('reads opening remarks by the answerer, label removed, over several paragraphs (o1, o2)', () => {
    expect(conference.answerer).toBe('汪文斌');
    expect(conference.opening).toEqual([
      { id: 'o1', text: '各位记者朋友，下午好。', line: 5, continuedOn: [] },
      { id: 'o2', text: '今天的记者会到此开始。', line: 6, continuedOn: [] },
    ]);
  });

  it('reads a transcript without opening remarks: the first answer names the answerer', () => {
    const bare = parse(lines('标题', '新华社北京5月1日电 记者会。', '《人民日报》记者：问题？', '王毅：回答。'));
    expect(bare.opening).toEqual([]);
    expect(bare.answerer).toBe('王毅');
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
    expect(parsed.answerer).toBe(answerer);
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
      { id: 'a1', text: '中方的立场是一贯的。', line: 10, continuedOn: [] },
      { id: 'a2', text: '我们愿同各方一道努力。', line: 11, continuedOn: [] },
    ]);
    expect(second?.question).toEqual([
      { id: 'q1', text: '第一段问题。', line: 13, continuedOn: [] },
      { id: 'q2', text: '第二段问题？', line: 14, continuedOn: [] },
    ]);
    expect(second?.answer.map((paragraph) => paragraph.id)).toEqual(['a1']);
  });

  it('reports no joins and no continuation for a complete transcript without page breaks', () => {
    expect(conference.joins).toEqual([]);
    expect(conference.continuation).toBeNull();
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
      expect(question?.question).toEqual([{ id: 'q1', text: '请问中方对此有何评论？', line: 3, continuedOn: [5] }]);
    });

    it('joins across several breaks in a row', () => {
      expect(question?.answer[2]).toEqual({ id: 'a3', text: '第二，要合作，共同发展。', line: 8, continuedOn: [11, 13] });
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
        ...parsed.opening.map((paragraph) => paragraph.line),
        ...parsed.questions.flatMap((question) => [question.line, ...[...question.question, ...question.answer].map((paragraph) => paragraph.line)]),
      ];
      expect(lineNumbers(parse(messy))).toEqual(lineNumbers(plain));
      expect(lineNumbers(plain)).toEqual([1, 3, 5, 6, 8, 8, 10, 11, 13, 13, 14, 16, 18, 18, 20]);
    });
  });
});

describe('parseTranscript: errors', () => {
  const message = (text: string, file = FILE) => transcriptErrorOf(() => parse(text, file)).message;

  it('fails on an empty file', () => {
    expect(message('')).toMatchInlineSnapshot(`
      "content/transcripts/2024-05-01-wang-wenbin.txt:1: the transcript is empty
        A transcript starts with a headline, then a dateline, then the questions and answers."
    `);
    expect(message('\n\u3000\r\n \t\n')).toBe(message(''));
  });

  it('fails on a file with only a headline, at the headline', () => {
    expect(message(lines('', '标题'))).toMatchInlineSnapshot(`
      "content/transcripts/2024-05-01-wang-wenbin.txt:2: the transcript has only a headline
        After the headline come a dateline such as "新华社北京3月7日电 …" and the questions and answers."
    `);
  });

  it('fails when the paragraph after the headline is not a dateline', () => {
    expect(message(lines('标题', '', '记者会今天举行。', '甲报记者：问？', '汪文斌：答。'))).toMatchInlineSnapshot(`
      "content/transcripts/2024-05-01-wang-wenbin.txt:3: the second paragraph is not a dateline
        The paragraph after the headline must start with a dateline such as "新华社北京3月7日电"."
    `);
  });

  it('fails when no line is labelled "…记者：", at the first paragraph after the dateline', () => {
    expect(message(lines('标题', '新华社北京5月1日电 记者会。', '', '汪文斌：大家好。', '请问有什么问题？'))).toMatchInlineSnapshot(`
      "content/transcripts/2024-05-01-wang-wenbin.txt:4: no question found
        A question starts with a line labelled "…记者：" (e.g. "《人民日报》记者：…"), followed by the answer "王毅：…" (or whoever answers)."
    `);
  });

  it('fails when a transcript has a dateline and nothing else, at the dateline', () => {
    expect(transcriptErrorOf(() => parse(lines('标题', '新华社北京5月1日电 记者会。'))).location).toEqual({ file: FILE, line: 2 });
  });

  it('fails on a question followed by another question, at the unanswered question', () => {
    expect(message(lines('标题', '新华社北京5月1日电 记者会。', '汪文斌：大家好。', '甲报记者：一问？', '乙社记者：二问？', '汪文斌：答。')))
      .toMatchInlineSnapshot(`
        "content/transcripts/2024-05-01-wang-wenbin.txt:4: question 1 has no answer
          A line labelled "…记者：" must be followed by a line starting "汪文斌：" (or the speaker named in the transcript)."
      `);
  });

  it('fails on a last question with no answer', () => {
    expect(message(lines('标题', '新华社北京5月1日电 记者会。', '甲报记者：一问？', '汪文斌：答。', '乙社记者：二问？', '二问的第二段。')))
      .toMatchInlineSnapshot(`
        "content/transcripts/2024-05-01-wang-wenbin.txt:5: question 2 has no answer
          A line labelled "…记者：" must be followed by a line starting "汪文斌：" (or the speaker named in the transcript)."
      `);
  });

  it('fails on a second non-reporter speaker where the answerer is expected', () => {
    expect(message(lines('标题', '新华社北京5月1日电 记者会。', '汪文斌：大家好。', '甲报记者：一问？', '汪文斌：答。', '乙社记者：二问？', '毛宁：答。')))
      .toMatchInlineSnapshot(`
        "content/transcripts/2024-05-01-wang-wenbin.txt:7: "毛宁：" answers question 2, but 汪文斌 answers the other questions
          A conference has one answerer. Start the answer with "汪文斌：", or, if "毛宁" asks the question, label the line "…记者："."
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
      "content/transcripts/2024-05-02-wang-wenbin.txt:3: the dateline says 5月1日 but the file name says 5月2日 (2024-05-02)
        Check the date: rename the file after the day of the conference, or fix the dateline if it was mistyped."
    `);
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
    const joined = [seed.lead, seed.opening, ...seed.questions.flatMap((question) => [question.question, question.answer])]
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
    expect(seed.answerer).toBe('王毅');
    expect(seed.opening).toHaveLength(1);
    expect(seed.opening[0]).toMatchObject({ id: 'o1', line: 9, continuedOn: [] });
    expect(seed.opening[0]?.text.startsWith('各位记者朋友')).toBe(true);
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
      ...[...seed.lead, ...seed.opening, ...seed.questions.flatMap((question) => [...question.question, ...question.answer])].map(
        (paragraph) => paragraph.text,
      ),
    ].join('');
    expect(actual.length).toBe(expected.length);
    expect(actual).toBe(expected);
  });

  it('gives each paragraph the line it starts on in the source', () => {
    const sourceLines = raw.split('\n');
    const paragraphs = [...seed.lead, ...seed.opening, ...seed.questions.flatMap((question) => [...question.question, ...question.answer])];
    expect(paragraphs).toHaveLength(1 + 1 + 14 + 67);
    for (const paragraph of paragraphs) {
      expect(sourceLines[paragraph.line - 1], `${paragraph.id} on line ${paragraph.line}`).toContain(paragraph.text.slice(0, 12));
    }
  });
});
