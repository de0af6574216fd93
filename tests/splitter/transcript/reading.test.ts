import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../src/splitter/transcript/parse';
import type { SpeakerHints } from '../../../src/splitter/transcript/pieces';
import type { Conference } from '../../../src/shared/transcript/types';
import { lines, transcriptErrorOf } from '../../helpers/transcript';

/** Each class of misreading found in transcripts the parser had never seen, read right now. */
const FILE = 'content/transcripts/2024-05-01-reading.txt';
const parse = (text: string, hints: SpeakerHints = {}) => parseTranscript(text, FILE, hints);
const HEADLINE = '外交部发言人汪文斌主持例行记者会';

/** Who asks and who answers each question, as `questioner>answerer,answerer`. */
const shape = (conference: Conference) => conference.questions.map((question) => `${question.questioner}>${question.answerers.join(',')}`);
/** Every paragraph of the questions and answers (hosts' lines apart). */
const qaText = (conference: Conference) =>
  conference.questions
    .flatMap((question) => question.turns.filter((turn) => turn.role !== 'host').flatMap((turn) => turn.paragraphs.map((paragraph) => paragraph.text)))
    .join('\n');

describe('reading by evidence: hosts and moderators', () => {
  it('reads a moderator with a bare name between an answer and the next question, and closing, as a host', () => {
    const conference = parse(
      lines(
        '国新办举行新闻发布会',
        '国务院新闻办公室今天举行新闻发布会，请商务部部长王海介绍情况，并答记者问。',
        '王海：各位记者朋友，大家好。今年外贸总体平稳。',
        '甲报记者：请问外贸前景如何？',
        '王海：前景总体向好，我们有信心。',
        '周敏：谢谢。请下一位记者提问。',
        '乙报记者：请问消费有何新举措？',
        '王海：我们将推出一批促消费政策，支持以旧换新。',
        '周敏：今天的发布会到此结束，谢谢大家。',
      ),
    );
    expect(shape(conference)).toEqual(['甲报记者>王海', '乙报记者>王海']);
    expect(conference.hosts).toEqual(['周敏']);
    expect(conference.closing.map((turn) => turn.speaker)).toEqual(['周敏']);
  });

  it('knows a host first labelled with a full title by the bare name after', () => {
    const conference = parse(
      lines(
        '国新办举行新闻发布会',
        '国务院新闻办公室新闻局局长李明：女士们、先生们，上午好。请提问。',
        '甲报记者：请问就业形势如何？',
        '人社部副部长 张平：就业形势总体稳定。',
        '李明：谢谢张部长。请继续提问。',
        '乙报记者：请问社保有何变化？',
        '张平：社保覆盖面继续扩大。',
      ),
    );
    expect(shape(conference)).toEqual(['甲报记者>张平', '乙报记者>张平']);
    expect(conference.hosts).toEqual(['李明']);
    expect(qaText(conference)).not.toContain('谢谢张部长');
  });

  it('gives a bare name printed once after a host\'s line the answer', () => {
    const conference = parse(
      lines('发布会实录', '主持人：请提问。', '甲报记者：请问养老服务有何安排？', '主持人：请王部长回答。', '王海：我们将新建一批社区养老服务中心。'),
    );
    expect(shape(conference)).toEqual(['甲报记者>王海']);
    expect(conference.hosts).toEqual(['主持人']);
  });
});

describe('reading by evidence: names from the text', () => {
  it('reads the spokesperson of `答` from an intro that says `…发言人X回答了…`', () => {
    const conference = parse(lines('国防部例行记者会文字实录', '国防部新闻发言人谭克明回答了记者提问。', '记者：请问演练情况如何？', '答：演练按计划进行。'));
    expect(shape(conference)).toEqual(['记者>谭克明']);
  });

  it('shows the title a headline gives when no name is printed anywhere, never the label 答', () => {
    const conference = parse(lines('加强农田建设管护——农业农村部有关负责人答记者问', '问：意见出台的背景是什么？', '答：高标准农田是保障粮食安全的基础。'));
    expect(shape(conference)).toEqual(['记者>农业农村部有关负责人']);
  });

  it.each([
    ['a title alone', '總統：', '吳志遠'],
    ['a surname and a title', '吳總統：', '吳志遠'],
    ['title then name', '總統吳志遠：', '吳志遠'],
  ])('knows a person by %s once the text names them', (_name, label, name) => {
    const conference = parse(lines('總統與記者茶敘', '吳志遠總統今（15）日下午與記者茶敘。', '問：請問經濟前景如何？', `${label}經濟穩定成長。`));
    expect(conference.questions[0]?.answerers).toEqual([name]);
  });

  it('reads an answer label with a title (`主委答`) as the person holding the title, not a deputy', () => {
    const conference = parse(
      lines('陸委會例行記者會', '大陸委員會主任委員蘇文德今（2）日出席記者會。記者會由副主任委員兼發言人邱立民主持。', '副主委：現在開放提問。', '記者問：請問立場為何？', '主委答：我們的立場一貫。'),
    );
    expect(shape(conference)).toEqual(['記者>蘇文德']);
    expect(conference.hosts).toEqual(['邱立民']);
  });
});

describe('reading by evidence: reporters\' labels', () => {
  const asked = (label: string) =>
    parse(lines(HEADLINE, '汪文斌：下午好。', `${label}请问有何评论？`, '汪文斌：我们注意到了。')).questions.map((question) => question.questioner);

  it.each([
    ['a note in brackets', '法新社记者（英文）：', '法新社记者（英文）'],
    ['two outlets', '彭博社、路透社记者：', '彭博社、路透社记者'],
    ['a space before the colon', '凤凰卫视记者 ：', '凤凰卫视记者'],
    ['the ratio colon ∶', '新华社记者∶', '新华社记者'],
    ['the presentation colon ︰', '新华社记者︰', '新华社记者'],
    ['the small colon ﹕', '新华社记者﹕', '新华社记者'],
    ['a zero-width space', '新华社\u200B记者：', '新华社记者'],
    ['more than 24 characters', '中央广播电视总台央视新闻新媒体中心两会特别报道组记者：', '中央广播电视总台央视新闻新媒体中心两会特别报道组记者'],
    ['a programme name in quotes', '总台央视“两会你问我答”栏目记者：', '总台央视“两会你问我答”栏目记者'],
    ['a number', '问1：', '记者'],
    ['有记者问', '有记者问：', '记者'],
    ['记者问', '记者问：', '记者'],
    ['Q', 'Q: ', '记者'],
    ['Q and a number', 'Q1: ', '记者'],
    ['采访人员 for 记者', '新华社采访人员：', '新华社采访人员'],
    ['a bullet before it', '▲新华社记者：', '新华社记者'],
  ])('reads a reporter\'s label with %s', (_name, label, questioner) => {
    expect(asked(label)).toEqual([questioner]);
  });

  it('reads 问 and 答 glued to their text where the transcript prints them so', () => {
    const conference = parse(lines('商务部有关负责人答记者问', '问今年的论坛有何新意？', '答今年的论坛规模更大。', '问参会企业有多少？', '答超过三千家。'));
    expect(shape(conference)).toEqual(['记者>商务部有关负责人', '记者>商务部有关负责人']);
    expect(conference.questions[0]?.question[0]?.text).toBe('今年的论坛有何新意？');
  });

  it('reads labels on lines of their own without a colon where two reporters are printed so', () => {
    const conference = parse(
      lines('中共中央举行新闻发布会', '中央政策研究室副主任吴立诚', '各位记者朋友，大家上午好。', '新华社记者', '请问有何部署？', '吴立诚', '全会作出了系统部署。', '彭博社记者', '请问经济走势如何？', '吴立诚', '我们充满信心。'),
    );
    expect(shape(conference)).toEqual(['新华社记者>吴立诚', '彭博社记者>吴立诚']);
  });

  it('reads reporters in an English transcript by the turn-taking', () => {
    const conference = parse(
      lines(
        "Foreign Ministry Spokesperson Lin Yuan's Regular Press Conference on May 1, 2024",
        'CCTV: Could you share more details about the summit?',
        'Spokesperson Lin Yuan: The summit was a success.',
        'AFP: Is there any update on the visit?',
        'Lin Yuan: I have nothing to release at the moment.',
      ),
    );
    expect(shape(conference)).toEqual(['CCTV>Lin Yuan', 'AFP>Lin Yuan']);
    expect(conference.questions[0]?.question[0]?.lang).toBe('en');
  });
});

describe('reading by evidence: what is not a turn', () => {
  it('leaves photo captions, subheadings, topic headings and a reprint tail out of the questions and answers', () => {
    const conference = parse(
      lines(
        '商务部召开例行新闻发布会',
        '温晓岚：下午好，下面请大家提问。',
        '外贸形势：',
        '中新社记者：请问如何看待外贸数据？',
        '温晓岚：外贸数据有所改善。',
        '（资料图）',
        '稳住外贸基本盘',
        '下一步，我们将加强融资支持。',
        '▲ 发布会现场',
        '服务消费：',
        '第一财经记者：请问服务消费情况如何？',
        '温晓岚：服务消费保持较快增长。',
        '审核：李平',
        '推荐阅读',
        '商务部：前三季度外贸数据发布',
        '国新办：经济运行总体平稳',
        '阅读原文',
        '分享 收藏 点赞 在看',
      ),
    );
    expect(shape(conference)).toEqual(['中新社记者>温晓岚', '第一财经记者>温晓岚']);
    const text = qaText(conference);
    for (const absent of ['外贸形势', '资料图', '稳住外贸基本盘', '发布会现场', '服务消费：', '审核', '推荐阅读', '前三季度外贸数据发布', '经济运行总体平稳', '阅读原文', '点赞']) {
      expect(text, absent).not.toContain(absent);
    }
    expect(text).toContain('下一步，我们将加强融资支持。');
  });

  it('keeps text that merely starts like a label as text: a Markdown link, a lead-in, an English slogan', () => {
    const conference = parse(
      lines(
        HEADLINE,
        '甲报记者：请问有何评论？',
        '汪文斌：我们注意到了。',
        '[这不是链接](http://example.com/a)：一个链接的写法。',
        '具体而言：我们有三点考虑。',
        'Openness brings progress, and we mean every word of it.',
      ),
    );
    expect(shape(conference)).toEqual(['甲报记者>汪文斌']);
    const answer = conference.questions[0]?.answer ?? [];
    expect(answer.map((paragraph) => paragraph.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(answer[3]).toMatchObject({ text: 'Openness brings progress, and we mean every word of it.', lang: 'en' });
  });

  it('keeps a header block out of the text and learns the host from it', () => {
    const conference = parse(
      lines('省政府新闻办新闻发布会', '时间：2024年5月1日上午10时', '地点：省政府新闻发布厅', '主持人：省政府新闻办副主任 邵华', '邵华：上午好，请提问。', '新华社记者：请问有何安排？', '陈立新：我们将推出新线路。'),
    );
    expect(conference.hosts).toEqual(['邵华']);
    expect(shape(conference)).toEqual(['新华社记者>陈立新']);
    expect(conference.dropped.filter((line) => line.kind === 'header').map((line) => line.line)).toEqual([2, 3, 4]);
  });
});

describe('reading by evidence: stopping where the text cannot tell', () => {
  const midAnswer = lines(HEADLINE, '甲报记者：请问有何评论？', '汪文斌：我们注意到了。', '李明：这是另一段话。');

  it('stops at a name printed once inside an answer, with the editorial lines that settle it', () => {
    const error = transcriptErrorOf(() => parse(midAnswer));
    expect(error.location).toEqual({ file: FILE, line: 4 });
    expect(error.message).toContain('cannot tell whether "李明：" is a speaker\'s label');
    expect(error.hint).toContain('notSpeakers: ["李明"]');
    expect(error.hint).toContain('speakers: { "李明"');
  });

  it.each([
    ['as a speaker', { speakers: new Map([['李明', { name: '李明', role: 'official' as const }]]) }, ['汪文斌', '李明']],
    ['as text', { notSpeakers: ['李明'] }, ['汪文斌']],
  ])('reads it %s when the editorial file says so', (_name, hints, answerers) => {
    expect(parse(midAnswer, hints).questions[0]?.answerers).toEqual(answerers);
  });

  it('stops at a question the text tells of without a label, and reads it as the editorial file says', () => {
    const text = lines('商务部例行新闻发布会', '有记者问：请问外贸如何？', '商务部新闻发言人 贺文清：外贸平稳。', '有记者就汽车谈判的进展进行提问。', '贺文清：谈判仍在进行。');
    const error = transcriptErrorOf(() => parse(text));
    expect(error.location.line).toBe(4);
    expect(error.hint).toContain('questionStarts');
    expect(shape(parse(text, { questionStarts: [{ startsWith: '有记者就汽车', questioner: '记者' }] }))).toEqual(['记者>贺文清', '记者>贺文清']);
    expect(shape(parse(text, { notQuestions: ['有记者就汽车'] }))).toEqual(['记者>贺文清']);
  });

  it('stops when no one says who `答` is, naming the editorial key', () => {
    const error = transcriptErrorOf(() => parse(lines('记者会实录', '问：请问有何评论？', '答：我们注意到了。')));
    expect(error.location.line).toBe(3);
    expect(error.hint).toContain('speakers: { "答": 姓名 }');
    expect(shape(parse(lines('记者会实录', '问：请问有何评论？', '答：我们注意到了。'), { speakers: new Map([['答', '高远']]) }))).toEqual(['记者>高远']);
  });
});
