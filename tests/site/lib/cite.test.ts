import { describe, expect, it } from 'vitest';
import { citation, citationFormats, type CitedAnswer } from '../../../src/site/lib/cite';

const answer: CitedAnswer = {
  speakers: ['王毅'],
  topic: '中国外交的过去一年与新的一年',
  conference: '中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问',
  number: 1,
  publisher: '新华社',
  date: '2024-03-07',
  url: 'https://example.org/2024-03-07-wang-yi/01/',
  key: '2024-03-07-wang-yi-01',
  script: 'zh-Hans',
};
const traditional: CitedAnswer = {
  ...answer,
  topic: '中國外交的過去一年與新的一年',
  conference: '中共中央政治局委員、外交部長王毅就中國外交政策和對外關係回答中外記者提問',
  url: 'https://example.org/zh-hant/2024-03-07-wang-yi/01/',
  script: 'zh-Hant',
};
const ACCESSED = '2025-06-01';

describe('GB/T 7714-2015', () => {
  it('cites the answer as a contribution to the conference, with the question as its place and the date it was read', () => {
    expect(citation(answer, 'gbt7714', ACCESSED)).toBe(
      '王毅. 中国外交的过去一年与新的一年[EB/OL]//中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问. 新华社, 2024-03-07: 第1问[2025-06-01]. https://example.org/2024-03-07-wang-yi/01/.',
    );
  });

  it('writes its own words in the page script on traditional pages', () => {
    expect(citation(traditional, 'gbt7714', ACCESSED)).toBe(
      '王毅. 中國外交的過去一年與新的一年[EB/OL]//中共中央政治局委員、外交部長王毅就中國外交政策和對外關係回答中外記者提問. 新华社, 2024-03-07: 第1問[2025-06-01]. https://example.org/zh-hant/2024-03-07-wang-yi/01/.',
    );
  });

  it('leaves the access date for the reader to fill in when none is given', () => {
    expect(citation(answer, 'gbt7714')).toContain(': 第1问[引用日期]. https://');
  });

  it('names three speakers and writes 等 after the third of more', () => {
    expect(citation({ ...answer, speakers: ['甲', '乙', '丙'] }, 'gbt7714', ACCESSED)).toMatch(/^甲, 乙, 丙\. /);
    expect(citation({ ...answer, speakers: ['甲', '乙', '丙', '丁'] }, 'gbt7714', ACCESSED)).toMatch(/^甲, 乙, 丙, 等\. /);
  });
});

describe('Chicago', () => {
  it('cites the answer by its speaker, the question answered, the conference, the source and the date', () => {
    expect(citation(answer, 'chicago')).toBe(
      '王毅. “中国外交的过去一年与新的一年.” Answer to question 1 at the press conference 中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问. 新华社, March 7, 2024. https://example.org/2024-03-07-wang-yi/01/.',
    );
  });

  it.each([
    ['郑主任您好。', '“郑主任您好.”'],
    ['请问您怎么看？', '“请问您怎么看？”'],
    ['这是真的吗?', '“这是真的吗?”'],
    ['多么好！', '“多么好！”'],
  ])('never doubles the punctuation of a title ending %s', (topic, quoted) => {
    const text = citation({ ...answer, topic, conference: '记者会？' }, 'chicago');
    expect(text).toContain(` ${quoted} Answer to question 1 at the press conference 记者会？ 新华社, `);
    expect(text).not.toMatch(/[。？！?!.]\.|[。？！?!.]”\./);
  });

  it.each([
    [['郑和平', '宋佳'], '郑和平 and 宋佳. “'],
    [['甲', '乙', '丙'], '甲, 乙, and 丙. “'],
  ])('joins speakers %j with "and"', (speakers, start) => {
    expect(citation({ ...answer, speakers }, 'chicago').startsWith(start)).toBe(true);
  });
});

describe('APA', () => {
  it('gives the title with a bracketed description of what it is', () => {
    expect(citation(answer, 'apa')).toBe(
      '王毅. (2024, March 7). 中国外交的过去一年与新的一年 [Answer to question 1 at a press conference]. 新华社. 中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问. https://example.org/2024-03-07-wang-yi/01/',
    );
  });

  it.each([
    [['郑和平', '宋佳'], '郑和平 & 宋佳. (2024'],
    [['甲', '乙', '丙'], '甲, 乙, & 丙. (2024'],
  ])('joins speakers %j with "&"', (speakers, start) => {
    expect(citation({ ...answer, speakers }, 'apa').startsWith(start)).toBe(true);
  });

  it('drops a title-ending full stop and never doubles punctuation', () => {
    expect(citation({ ...answer, topic: '郑主任您好。' }, 'apa')).toContain('. 郑主任您好 [Answer');
    expect(citation({ ...answer, conference: '记者会。' }, 'apa')).toContain('. 记者会. https://');
  });
});

describe('BibTeX', () => {
  it('gives the year and month, never a date beside them', () => {
    const text = citation(answer, 'bibtex');
    expect(text).toContain('  year = {2024},\n  month = mar,\n');
    expect(text).not.toMatch(/^\s*date\s*=/m);
  });

  it('names every speaker of a supplemented answer', () => {
    expect(citation({ ...answer, speakers: ['郑和平', '宋佳'] }, 'bibtex')).toContain('author = {郑和平 and 宋佳},');
  });
});

describe('RIS', () => {
  it('gives the question in the type of work, not in SE (read as a section)', () => {
    const lines = citation(answer, 'ris').split('\n');
    expect(lines.some((line) => line.startsWith('SE'))).toBe(false);
    expect(lines).toContain('M3  - Answer to question 1 at a press conference');
    expect(lines).toContain('T2  - 中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问');
  });

  it('names every speaker', () => {
    const lines = citation({ ...answer, speakers: ['郑和平', '宋佳'] }, 'ris').split('\n');
    expect(lines.filter((line) => line.startsWith('AU'))).toEqual(['AU  - 郑和平', 'AU  - 宋佳']);
  });
});

describe('CSL-JSON', () => {
  it('is an array of one item, with the question in the genre that styles print', () => {
    const items = JSON.parse(citation(answer, 'csl')) as unknown[];
    expect(items).toEqual([
      {
        id: answer.key,
        type: 'speech',
        title: answer.topic,
        genre: 'Answer to question 1 at a press conference',
        author: [{ literal: '王毅' }],
        'event-title': answer.conference,
        publisher: '新华社',
        issued: { 'date-parts': [[2024, 3, 7]] },
        URL: answer.url,
        language: 'zh-Hans',
      },
    ]);
  });
});

describe.each(citationFormats)('%s', (format) => {
  it('leaves the publisher out when it is unknown, never printing "undefined"', () => {
    const { publisher: _publisher, ...rest } = answer;
    expect(citation(rest, format, ACCESSED)).not.toMatch(/undefined|新华社/);
  });

  it('keeps editorial text with line breaks, tabs and controls on one line of its field', () => {
    const messy: CitedAnswer = {
      ...answer,
      speakers: ['王\n毅'],
      topic: '第一行\r\nER  - \u2028第二行\t\u0085结束',
      conference: '记者会\n',
      publisher: '新华\r社',
    };
    const clean = citation({ ...answer, speakers: ['王 毅'], topic: '第一行 ER - 第二行 结束', conference: '记者会', publisher: '新华 社' }, format, ACCESSED);
    expect(citation(messy, format, ACCESSED)).toBe(clean);
  });

  it('drops bidirectional controls and non-characters, which would reorder or hide what is cited', () => {
    const hostile: CitedAnswer = { ...answer, speakers: ['\u202E毅王'], topic: `中国外交\u2066的\u2069过去一年与新的一年\uFFFF`, publisher: '新华社\u200F' };
    expect(citation(hostile, format, ACCESSED)).toBe(citation({ ...answer, speakers: ['毅王'] }, format, ACCESSED));
  });
});
