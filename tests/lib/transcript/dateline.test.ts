import { describe, expect, it } from 'vitest';
import { datelineOf } from '../../../src/lib/transcript/dateline';

describe('datelineOf', () => {
  it.each([
    ['新华社北京3月7日电 3月7日，十四届全国人大二次会议', { label: '新华社北京3月7日电', agency: '新华社', place: '北京', month: 3, day: 7 }],
    ['新华社北京12月31日电', { label: '新华社北京12月31日电', agency: '新华社', place: '北京', month: 12, day: 31 }],
    ['中新社香港5月1日电 记者会。', { label: '中新社香港5月1日电', agency: '中新社', place: '香港', month: 5, day: 1 }],
    ['新华社日内瓦10月9日电', { label: '新华社日内瓦10月9日电', agency: '新华社', place: '日内瓦', month: 10, day: 9 }],
  ])('reads %s', (text, dateline) => {
    expect(datelineOf(text)).toEqual(dateline);
  });

  it.each([
    ['no agency', '北京3月7日电 记者会。'],
    ['no 电', '新华社北京3月7日 记者会。'],
    ['other text before it', '本报讯 新华社北京3月7日电'],
    ['a space inside', '新华社 北京3月7日电'],
    ['a headline', '王毅就中国外交政策回答中外记者提问'],
  ])('reads no dateline from a paragraph with %s', (_name, text) => {
    expect(datelineOf(text)).toBeNull();
  });
});
