import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { conferenceSchema, questionSchema } from '../../../src/shared/content/schema';
import { noEditorial, parseEditorial } from '../../../src/splitter/editorial/parse';
import { isUntouched } from '../../../src/shared/mdx/hash';
import { conferencePages, type GeneratedFile } from '../../../src/shared/mdx/pages';
import { toTraditional } from '../../../src/splitter/script/convert';
import { parseTranscript } from '../../../src/splitter/transcript/parse';
import { lines } from '../../helpers/transcript';

const FILE = 'content/transcripts/2024-05-01-wang-wenbin.txt';
const conference = parseTranscript(
  lines(
    '外交部发言人汪文斌主持例行记者会', // 1
    '', // 2
    '新华社北京5月1日电 外交部发言人汪文斌主持例行记者会。', // 3
    '汪文斌：下午好。', // 4
    '《人民日报》记者：中美关系如何发展？请介绍。', // 5
    '汪文斌：美国如果总是是一套、做一套，', // 6
    '', // 7
    '信誉何在？', // 8
    '我们坚持{对话}<合作>。', // 9
    '法新社记者：这是一个很长的问题，用来检验由问题生成的标题会被截短到二十四个字以内吗？', // 10
    '汪文斌：会。', // 11
    '(下转第四版)', // 12
  ),
  FILE,
);
const editorial = parseEditorial(
  lines(
    'questionsAnswered: 3',
    'outlets:',
    '  《人民日报》: People\'s Daily',
    'topics:',
    '  "1": 中美关系的发展',
    'corrections:',
    '  - question: 1',
    '    original: 总是是一套',
    '    corrected: 总是说一套',
    '    reason: 排印错字：“是一套”应为“说一套”。',
    '    source: 人民网',
  ),
  'content/editorial/2024-05-01-wang-wenbin.yaml',
);
const pages = (script: 'zh-Hans' | 'zh-Hant') =>
  conferencePages(conference, editorial, {
    script,
    sourceScript: 'zh-Hans',
    convert: script === 'zh-Hans' ? (text) => text : toTraditional,
    sourceFile: FILE,
  });
const render = (files: GeneratedFile[]) => files.map((file) => `=== ${file.path}\n${file.text}`).join('\n');
const frontmatterOf = (file: GeneratedFile | undefined) => parseYaml(file?.text.split('---\n')[1] ?? '') as Record<string, unknown>;

describe('conferencePages', () => {
  it('lays out a conference page and one page per question in simplified script', () => {
    expect(render(pages('zh-Hans'))).toMatchInlineSnapshot(`
      "=== zh-hans/2024-05-01-wang-wenbin/index.mdx
      ---
      conference: "2024-05-01-wang-wenbin"
      date: "2024-05-01"
      script: "zh-Hans"
      sourceScript: "zh-Hans"
      source:
        file: "content/transcripts/2024-05-01-wang-wenbin.txt"
        line: 1
      hash: "1e2d04cff97ffba5"
      headline: "外交部发言人汪文斌主持例行记者会"
      dateline: "新华社北京5月1日电"
      officials:
        - "汪文斌"
      hosts: []
      dropped: 0
      sourceLines: []
      questionCount: 2
      questionsAnswered: 3
      continuation:
        marker: "(下转第四版)"
        page: "四"
        line: 12
      joins:
        - line: 6
          resumedOn: 8
      ---

      <Turn role="lead">
      <Paragraph id="d1" line={3}>{"新华社北京5月1日电 外交部发言人汪文斌主持例行记者会。"}</Paragraph>
      </Turn>

      <Turn role="opening" speaker={"汪文斌"}>
      <Paragraph id="o1" line={4}>{"下午好。"}</Paragraph>
      </Turn>

      === zh-hans/2024-05-01-wang-wenbin/01.mdx
      ---
      conference: "2024-05-01-wang-wenbin"
      date: "2024-05-01"
      script: "zh-Hans"
      sourceScript: "zh-Hans"
      source:
        file: "content/transcripts/2024-05-01-wang-wenbin.txt"
        line: 5
      hash: "160371c7ba9a9561"
      number: 1
      questionCount: 2
      questioner: "《人民日报》记者"
      outlet: "《人民日报》"
      answerers:
        - "汪文斌"
      outletEnglish: "People's Daily"
      topic: "中美关系的发展"
      topicEdited: true
      questionExcerpt: "中美关系如何发展？"
      answerExcerpt: "美国如果总是是一套、做一套，信誉何在？"
      regions:
        question: []
        answer: []
      corrections:
        - original: "总是是一套"
          corrected: "总是说一套"
          reason: "排印错字：“是一套”应为“说一套”。"
          source: "人民网"
          id: "c1"
          paragraph: "a1"
      ---

      <Turn role="question" speaker={"《人民日报》记者"}>
      <Paragraph id="q1" line={5}>{"中美关系如何发展？请介绍。"}</Paragraph>
      </Turn>

      <Turn role="answer" speaker={"汪文斌"}>
      <Paragraph id="a1" line={6} continuedOn={[8]}>{"美国如果总是"}<Correction note="c1" original={"是"} corrected={"说"} reading={"总是说一套"} reason={"排印错字：“是一套”应为“说一套”。"} />{"一套、做一套，信誉何在？"}</Paragraph>
      <Paragraph id="a2" line={9}>{"我们坚持\\u007b对话\\u007d\\u003c合作\\u003e。"}</Paragraph>
      </Turn>

      === zh-hans/2024-05-01-wang-wenbin/02.mdx
      ---
      conference: "2024-05-01-wang-wenbin"
      date: "2024-05-01"
      script: "zh-Hans"
      sourceScript: "zh-Hans"
      source:
        file: "content/transcripts/2024-05-01-wang-wenbin.txt"
        line: 10
      hash: "0fee88ac667feb98"
      number: 2
      questionCount: 2
      questioner: "法新社记者"
      outlet: "法新社"
      answerers:
        - "汪文斌"
      outletEnglish: "AFP"
      topic: "这是一个很长的问题，用来检验由问题生成的标题会…"
      topicEdited: false
      questionExcerpt: "这是一个很长的问题，用来检验由问题生成的标题会被截短到二十四个字以内吗？"
      answerExcerpt: "会。"
      regions:
        question: []
        answer: []
      corrections: []
      ---

      <Turn role="question" speaker={"法新社记者"}>
      <Paragraph id="q1" line={10}>{"这是一个很长的问题，用来检验由问题生成的标题会被截短到二十四个字以内吗？"}</Paragraph>
      </Turn>

      <Turn role="answer" speaker={"汪文斌"}>
      <Paragraph id="a1" line={11}>{"会。"}</Paragraph>
      </Turn>
      "
    `);
  });

  it('lays out the same pages in traditional script', () => {
    expect(render(pages('zh-Hant'))).toMatchInlineSnapshot(`
      "=== zh-hant/2024-05-01-wang-wenbin/index.mdx
      ---
      conference: "2024-05-01-wang-wenbin"
      date: "2024-05-01"
      script: "zh-Hant"
      sourceScript: "zh-Hans"
      source:
        file: "content/transcripts/2024-05-01-wang-wenbin.txt"
        line: 1
      hash: "e6817b1f4a254c91"
      headline: "外交部發言人汪文斌主持例行記者會"
      dateline: "新華社北京5月1日電"
      officials:
        - "汪文斌"
      hosts: []
      dropped: 0
      sourceLines: []
      questionCount: 2
      questionsAnswered: 3
      continuation:
        marker: "(下轉第四版)"
        page: "四"
        line: 12
      joins:
        - line: 6
          resumedOn: 8
      ---

      <Turn role="lead">
      <Paragraph id="d1" line={3}>{"新華社北京5月1日電 外交部發言人汪文斌主持例行記者會。"}</Paragraph>
      </Turn>

      <Turn role="opening" speaker={"汪文斌"}>
      <Paragraph id="o1" line={4}>{"下午好。"}</Paragraph>
      </Turn>

      === zh-hant/2024-05-01-wang-wenbin/01.mdx
      ---
      conference: "2024-05-01-wang-wenbin"
      date: "2024-05-01"
      script: "zh-Hant"
      sourceScript: "zh-Hans"
      source:
        file: "content/transcripts/2024-05-01-wang-wenbin.txt"
        line: 5
      hash: "a1be952cedc4f2c3"
      number: 1
      questionCount: 2
      questioner: "《人民日報》記者"
      outlet: "《人民日報》"
      answerers:
        - "汪文斌"
      outletEnglish: "People's Daily"
      topic: "中美關係的發展"
      topicEdited: true
      questionExcerpt: "中美關係如何發展？"
      answerExcerpt: "美國如果總是是一套、做一套，信譽何在？"
      regions:
        question: []
        answer: []
      corrections:
        - original: "總是是一套"
          corrected: "總是說一套"
          reason: "排印錯字：「是一套」應為「說一套」。"
          source: "人民網"
          id: "c1"
          paragraph: "a1"
      ---

      <Turn role="question" speaker={"《人民日報》記者"}>
      <Paragraph id="q1" line={5}>{"中美關係如何發展？請介紹。"}</Paragraph>
      </Turn>

      <Turn role="answer" speaker={"汪文斌"}>
      <Paragraph id="a1" line={6} continuedOn={[8]}>{"美國如果總是"}<Correction note="c1" original={"是"} corrected={"說"} reading={"總是說一套"} reason={"排印錯字：「是一套」應為「說一套」。"} />{"一套、做一套，信譽何在？"}</Paragraph>
      <Paragraph id="a2" line={9}>{"我們堅持\\u007b對話\\u007d\\u003c合作\\u003e。"}</Paragraph>
      </Turn>

      === zh-hant/2024-05-01-wang-wenbin/02.mdx
      ---
      conference: "2024-05-01-wang-wenbin"
      date: "2024-05-01"
      script: "zh-Hant"
      sourceScript: "zh-Hans"
      source:
        file: "content/transcripts/2024-05-01-wang-wenbin.txt"
        line: 10
      hash: "ed6994fece2d3d9d"
      number: 2
      questionCount: 2
      questioner: "法新社記者"
      outlet: "法新社"
      answerers:
        - "汪文斌"
      outletEnglish: "AFP"
      topic: "這是一個很長的問題，用來檢驗由問題生成的標題會…"
      topicEdited: false
      questionExcerpt: "這是一個很長的問題，用來檢驗由問題生成的標題會被截短到二十四個字以內嗎？"
      answerExcerpt: "會。"
      regions:
        question: []
        answer: []
      corrections: []
      ---

      <Turn role="question" speaker={"法新社記者"}>
      <Paragraph id="q1" line={10}>{"這是一個很長的問題，用來檢驗由問題生成的標題會被截短到二十四個字以內嗎？"}</Paragraph>
      </Turn>

      <Turn role="answer" speaker={"汪文斌"}>
      <Paragraph id="a1" line={11}>{"會。"}</Paragraph>
      </Turn>
      "
    `);
  });

  it.each(['zh-Hans', 'zh-Hant'] as const)('stamps every %s page so that it reads as untouched', (script) => {
    for (const file of pages(script)) expect(isUntouched(file.text), file.path).toBe(true);
  });

  it.each(['zh-Hans', 'zh-Hant'] as const)('writes %s frontmatter the content collections accept', (script) => {
    const [index, ...questions] = pages(script);
    expect(conferenceSchema.safeParse(frontmatterOf(index)).error).toBeUndefined();
    for (const question of questions) expect(questionSchema.safeParse(frontmatterOf(question)).error).toBeUndefined();
  });

  it('quotes every string in the frontmatter, so YAML 1.1 readers keep dates and words as strings', () => {
    const [index] = pages('zh-Hans');
    expect(index?.text).toContain('date: "2024-05-01"\n');
    expect(index?.text).toContain('conference: "2024-05-01-wang-wenbin"\n');
  });

  it('gives the simplified and traditional copies the same structure', () => {
    const shape = (files: GeneratedFile[]) => files.map((file) => [file.path.replace(/^zh-han[st]\//, ''), file.text.split('\n').length]);
    expect(shape(pages('zh-Hant'))).toEqual(shape(pages('zh-Hans')));
  });

  it('derives a topic from the first sentence of the question when the editorial has none, cut at 24 characters', () => {
    const second = frontmatterOf(pages('zh-Hans')[2]);
    expect(second.topicEdited).toBe(false);
    expect(second.topic).toBe('这是一个很长的问题，用来检验由问题生成的标题会…');
    expect([...String(second.topic)]).toHaveLength(24);
  });

  it('pads question numbers to the width of the question count', () => {
    const many = parseTranscript(
      lines('标题', '新华社北京5月1日电 记者会。', ...Array.from({ length: 100 }, (_, index) => [`${index % 2 ? '乙社' : '甲报'}记者：问${index + 1}？`, `汪文斌：答${index + 1}。`]).flat()),
      FILE,
    );
    const paths = conferencePages(many, noEditorial, { script: 'zh-Hans', sourceScript: 'zh-Hans', convert: (text) => text, sourceFile: FILE }).map((file) => file.path);
    expect(paths.slice(0, 3)).toEqual(['zh-hans/2024-05-01-wang-wenbin/index.mdx', 'zh-hans/2024-05-01-wang-wenbin/001.mdx', 'zh-hans/2024-05-01-wang-wenbin/002.mdx']);
    expect(paths.at(-1)).toBe('zh-hans/2024-05-01-wang-wenbin/100.mdx');
  });

  it('fails with CorrectionMismatch on a correction that does not fit', () => {
    const wrong = parseEditorial(lines('corrections:', '  - question: 2', '    original: 总是是一套', '    corrected: 总是说一套', '    reason: r', '    source: s'), 'e.yaml');
    expect(() => conferencePages(conference, wrong, { script: 'zh-Hans', sourceScript: 'zh-Hans', convert: (text) => text, sourceFile: FILE })).toThrowErrorMatchingInlineSnapshot(`[CorrectionMismatch: "总是是一套" does not occur in question 2]`);
  });

  it('lays out speakers, titles, times, follow-ups, English lines, and host turns before the questions and after the last', () => {
    const file = 'content/transcripts/2019-03-14-scio.txt';
    const briefing = parseTranscript(
      lines(
        '国新办举行新闻发布会', // 1
        'Press conference of the State Council Information Office', // 2
        '主持人 许岚：', // 3
        '女士们、先生们，上午好。', // 4
        'Ladies and gentlemen, good morning.', // 5
        '[10:02]', // 6
        '国家统计局副局长 郑和平：', // 7
        '今年经济开局平稳。[10:05]', // 8
        'The economy started the year steadily, as the figures', // 9
        'released today show.', // 10
        '主持人 许岚：', // 11
        '请提问。', // 12
        '中国日报记者：', // 13
        '就业情况如何？', // 14
        'China Daily: How is employment?', // 15
        '国家统计局副局长 郑和平：', // 16
        '就业总体稳定。', // 17
        '追问：', // 18
        '失业率呢？', // 19
        '国家统计局副局长 郑和平：', // 20
        '百分之五左右。', // 21
        '主持人 许岚：', // 22
        '今天的发布会到此结束。', // 23
      ),
      file,
    );
    const files = conferencePages(briefing, noEditorial, { script: 'zh-Hans', sourceScript: 'zh-Hans', convert: (text) => text, sourceFile: file });
    expect(conferenceSchema.safeParse(frontmatterOf(files[0])).error).toBeUndefined();
    expect(questionSchema.safeParse(frontmatterOf(files[1])).error).toBeUndefined();
    expect(render(files)).toMatchInlineSnapshot(`
      "=== zh-hans/2019-03-14-scio/index.mdx
      ---
      conference: "2019-03-14-scio"
      date: "2019-03-14"
      script: "zh-Hans"
      sourceScript: "zh-Hans"
      source:
        file: "content/transcripts/2019-03-14-scio.txt"
        line: 1
      hash: "26a062c1f0b6269e"
      headline: "国新办举行新闻发布会"
      headlineEnglish: "Press conference of the State Council Information Office"
      dateline: null
      officials:
        - "郑和平"
      hosts:
        - "许岚"
      dropped: 1
      sourceLines: []
      questionCount: 1
      continuation: null
      joins: []
      ---

      <Turn role="host" speaker={"许岚"} title={"主持人"}>
      <Paragraph id="o1" line={4}>{"女士们、先生们，上午好。"}</Paragraph>
      <English for="o1" line={5}>{"Ladies and gentlemen, good morning."}</English>
      </Turn>

      <Turn role="opening" speaker={"郑和平"} title={"国家统计局副局长"} time={"10:02"}>
      <Paragraph id="o2" line={8} time={"10:05"}>{"今年经济开局平稳。"}</Paragraph>
      <English for="o2" line={9}>{"The economy started the year steadily, as the figures released today show."}</English>
      </Turn>

      <Turn role="host" speaker={"许岚"} title={"主持人"}>
      <Paragraph id="o3" line={12}>{"请提问。"}</Paragraph>
      </Turn>

      <Turn role="host" speaker={"许岚"} title={"主持人"} closing={true}>
      <Paragraph id="e1" line={23}>{"今天的发布会到此结束。"}</Paragraph>
      </Turn>

      === zh-hans/2019-03-14-scio/01.mdx
      ---
      conference: "2019-03-14-scio"
      date: "2019-03-14"
      script: "zh-Hans"
      sourceScript: "zh-Hans"
      source:
        file: "content/transcripts/2019-03-14-scio.txt"
        line: 13
      hash: "d0e6ddff16650800"
      number: 1
      questionCount: 1
      questioner: "中国日报记者"
      outlet: "中国日报"
      answerers:
        - "郑和平"
      outletEnglish: "China Daily"
      topic: "就业情况如何？"
      topicEdited: false
      questionExcerpt: "就业情况如何？"
      answerExcerpt: "就业总体稳定。"
      regions:
        question: []
        answer: []
      corrections: []
      ---

      <Turn role="question" speaker={"中国日报记者"}>
      <Paragraph id="q1" line={14}>{"就业情况如何？"}</Paragraph>
      <English for="q1" line={15}>{"How is employment?"}</English>
      </Turn>

      <Turn role="answer" speaker={"郑和平"} title={"国家统计局副局长"}>
      <Paragraph id="a1" line={17}>{"就业总体稳定。"}</Paragraph>
      </Turn>

      <Turn role="question" speaker={"记者"} followUp={true}>
      <Paragraph id="q2" line={19}>{"失业率呢？"}</Paragraph>
      </Turn>

      <Turn role="answer" speaker={"郑和平"} title={"国家统计局副局长"}>
      <Paragraph id="a2" line={21}>{"百分之五左右。"}</Paragraph>
      </Turn>
      "
    `);
  });

  it('records the script the transcript is printed in on the pages of both scripts', () => {
    for (const script of ['zh-Hans', 'zh-Hant'] as const) {
      const files = conferencePages(conference, editorial, { script, sourceScript: 'zh-Hant', convert: (text) => text, sourceFile: FILE });
      for (const file of files) expect(frontmatterOf(file), file.path).toMatchObject({ script, sourceScript: 'zh-Hant' });
    }
  });
});

describe('conferencePages: English of its own', () => {
  it('marks a question asked in English, in a Chinese transcript, as English', () => {
    const file = 'content/transcripts/2024-05-01-english-question.txt';
    const asked = parseTranscript(lines('外交部发言人汪文斌主持例行记者会', '法新社记者（英文）：Could you comment on the new rules?', '汪文斌：我们注意到了。'), file);
    const [, question] = conferencePages(asked, noEditorial, { script: 'zh-Hant', sourceScript: 'zh-Hans', convert: toTraditional, sourceFile: file });
    expect(question?.text).toContain('<Paragraph id="q1" line={2} lang="en">{"Could you comment on the new rules?"}</Paragraph>');
    expect(question?.text).toContain('<Paragraph id="a1" line={3}>');
  });
});
