import { describe, expect, it } from 'vitest';
import { isReporter, outletOf, speakerLabelOf } from '../../../src/lib/transcript/labels';

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
  ])('reads the label of %s', (text, speaker, rest) => {
    expect(speakerLabelOf(text)).toEqual({ speaker, rest });
  });

  it.each([
    ['a sentence ending in a colon', '我认为，“四个坚持”至关重要：'],
    ['a colon after a comma', '具体而言，相互尊重是前提：'],
    ['text with a space before the colon', '新华社北京3月7日电 记者：'],
    ['no colon', '王毅说中方立场一贯。'],
    ['a colon after more than 24 characters', `${'长'.repeat(25)}：`],
    ['a colon at the very start', '：开头'],
    ['a quoted phrase', '“台独”：分裂'],
  ])('reads no label in %s', (_name, text) => {
    expect(speakerLabelOf(text)).toBeNull();
  });
});

describe('isReporter / outletOf', () => {
  it.each([
    ['《人民日报》记者', true, '《人民日报》'],
    ['CGTN记者', true, 'CGTN'],
    ['法新社記者', true, '法新社'],
    ['王毅', false, '王毅'],
    ['记者会主持人', false, '记者会主持人'],
  ])('%s: reporter %s, outlet %s', (speaker, reporter, outlet) => {
    expect(isReporter(speaker)).toBe(reporter);
    expect(outletOf(speaker)).toBe(outlet);
  });
});
