import { describe, expect, it } from 'vitest';
import {
  endsInTitle,
  isAnswerLabel,
  isBareReporter,
  isFollowUpLabel,
  isHostLabel,
  isReporter,
  nameAndTitle,
  outletOf,
  questionerOf,
  speakerLabelOf,
} from '../../../src/splitter/transcript/labels';

describe('speakerLabelOf', () => {
  it.each([
    ['王毅：各位记者朋友', '王毅', '各位记者朋友'],
    ['汪文斌：下午好。', '汪文斌', '下午好。'],
    ['中央广播电视总台央视记者：首先请您介绍一下', '中央广播电视总台央视记者', '首先请您介绍一下'],
    ['《人民日报》记者：中央外事工作会议指出', '《人民日报》记者', '中央外事工作会议指出'],
    ['CGTN记者：乌克兰危机至今', 'CGTN记者', '乌克兰危机至今'],
    ['法新社記者：請問', '法新社記者', '請問'],
    ['王毅:半角冒号', '王毅', '半角冒号'],
    ['王毅：', '王毅', ''],
    ['问：', '问', ''],
    ['答：中方的立场是一贯的。', '答', '中方的立场是一贯的。'],
    ['王毅：  各位', '王毅', '各位'],
  ])('reads the plain label of %s', (text, label, rest) => {
    expect(speakerLabelOf(text)).toEqual({ label, rest, form: 'plain' });
  });

  it.each([
    ['[许岚]：好。', '许岚', '好。'],
    ['［主持人 许岚］：', '主持人 许岚', ''],
    ['【张晓峰】谢谢主持人。', '张晓峰', '谢谢主持人。'],
    ['[主持人] : 请提问。', '主持人', '请提问。'],
  ])('reads the bracketed label of %s', (text, label, rest) => {
    expect(speakerLabelOf(text)).toEqual({ label, rest, form: 'bracket' });
  });

  it.each([
    ['国家统计局副局长 郑和平：', '国家统计局副局长 郑和平', ''],
    ['十四届全国人大二次会议新闻中心副主任、新闻发言人 田野：各位记者', '十四届全国人大二次会议新闻中心副主任、新闻发言人 田野', '各位记者'],
    ['主持人\u3000\u3000许岚：', '主持人 许岚', ''],
  ])('reads the titled label of %s, spaces made one', (text, label, rest) => {
    expect(speakerLabelOf(text)).toEqual({ label, rest, form: 'titled' });
  });

  it('reads an announcement as the spokesperson\'s label', () => {
    expect(speakerLabelOf('林远发布消息：应邀来访。')).toEqual({ label: '林远', rest: '应邀来访。', form: 'announces' });
  });

  it.each([
    ['a sentence ending in a colon', '我认为，“四个坚持”至关重要：'],
    ['a colon after a comma', '具体而言，相互尊重是前提：'],
    ['no colon', '王毅说中方立场一贯。'],
    ['a colon after more than 24 characters, not a reporter\'s', `${'长'.repeat(25)}：`],
    ['a Markdown link', '[这不是链接](http://example.com)：不是'],
    ['an address', 'http://example.com/a：b'],
    ['a colon at the very start', '：开头'],
    ['a quoted phrase', '“台独”：分裂'],
    ['an English label', 'CCTV: Our question is about trade.'],
    ['an English name with a title', 'Spokesperson Lin Jian: Good afternoon.'],
    ['a line introducing the record', '实录如下：'],
    ['a line introducing the full text', '以下是记者会问答全文：'],
    ['a time stamp in brackets', '[10:32]'],
    ['Latin letters in brackets before an ASCII colon', '[AFP]: question'],
  ])('reads no label in %s', (_name, text) => {
    expect(speakerLabelOf(text)).toBeNull();
  });
});

describe('isReporter / outletOf', () => {
  it.each([
    ['《人民日报》记者', true, '《人民日报》'],
    ['CGTN记者', true, 'CGTN'],
    ['法新社記者', true, '法新社'],
    ['总台央视记者 王冰', true, '总台央视'],
    ['凤凰卫视', true, '凤凰卫视'],
    ['路透社', true, '路透社'],
    ['王毅', false, '王毅'],
    ['记者会主持人', false, '记者会主持人'],
    ['新闻办', false, '新闻办'],
  ])('%s: reporter %s, outlet %s', (speaker, reporter, outlet) => {
    expect(isReporter(speaker)).toBe(reporter);
    expect(outletOf(speaker)).toBe(outlet);
  });

  it.each([
    ['问', true, false, '记者'],
    ['問', true, false, '記者'],
    ['提问', true, false, '记者'],
    ['记者', true, false, '记者'],
    ['追问', true, true, '记者'],
    ['追問', true, true, '記者'],
    ['甲报记者', false, false, '甲报记者'],
  ])('%s: names no outlet %s, follows up %s, shown as %s', (label, bare, followUp, questioner) => {
    expect(isReporter(label)).toBe(true);
    expect(isBareReporter(label)).toBe(bare);
    expect(isFollowUpLabel(label)).toBe(followUp);
    expect(questionerOf(label)).toBe(questioner);
  });
});

describe('isHostLabel / isAnswerLabel / endsInTitle / nameAndTitle', () => {
  it.each([
    ['主持人', true],
    ['主持人 许岚', true],
    ['新闻办新闻发言人 周敏', false],
    ['外交部发言人', false],
    ['许岚', false],
  ])('%s is a host label: %s', (label, host) => {
    expect(isHostLabel(label)).toBe(host);
  });

  it.each([['答', true], ['回答', true], ['答问', false], ['王毅', false]])('%s is the generic answer label: %s', (label, answer) => {
    expect(isAnswerLabel(label)).toBe(answer);
  });

  it.each([['财政司司长', true], ['国家发展改革委主任', true], ['外交部发言人', true], ['王毅', false], ['CGTN记者', false]])(
    '%s ends in a title: %s',
    (label, title) => {
      expect(endsInTitle(label)).toBe(title);
    },
  );

  it.each([
    ['主持人 许岚', { title: '主持人', name: '许岚' }],
    ['国家统计局副局长 郑和平', { title: '国家统计局副局长', name: '郑和平' }],
    ['王毅', { title: null, name: null }],
  ])('splits %s into a title and a name', (label, parts) => {
    expect(nameAndTitle(label)).toEqual(parts);
  });
});
