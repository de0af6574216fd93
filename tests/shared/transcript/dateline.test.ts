import { describe, expect, it } from 'vitest';
import { datelineDisagrees, datelineOf } from '../../../src/shared/transcript/dateline';
import type { Dateline } from '../../../src/shared/transcript/types';

describe('datelineOf', () => {
  it.each([
    ['新华社北京3月7日电 3月7日，十四届全国人大二次会议', { label: '新华社北京3月7日电', agency: '新华社', place: '北京', month: 3, day: 7 }],
    ['新华社北京12月31日电', { label: '新华社北京12月31日电', agency: '新华社', place: '北京', month: 12, day: 31 }],
    ['中新社香港5月1日电 记者会。', { label: '中新社香港5月1日电', agency: '中新社', place: '香港', month: 5, day: 1 }],
    ['新华社日内瓦10月9日电', { label: '新华社日内瓦10月9日电', agency: '新华社', place: '日内瓦', month: 10, day: 9 }],
    ['中新网北京4月12日电 记者会。', { label: '中新网北京4月12日电', agency: '中新网', place: '北京', month: 4, day: 12 }],
    ['中评社北京4月12日电', { label: '中评社北京4月12日电', agency: '中评社', place: '北京', month: 4, day: 12 }],
    ['中新网4月12日电 记者会。', { label: '中新网4月12日电', agency: '中新网', place: '', month: 4, day: 12 }],
    ['本报北京3月7日讯 记者会。', { label: '本报北京3月7日讯', agency: '本报', place: '北京', month: 3, day: 7 }],
    ['中央社台北12日電 國台辦。', { label: '中央社台北12日電', agency: '中央社', place: '台北', day: 12 }],
    ['新华社北京2024年3月7日电', { label: '新华社北京2024年3月7日电', agency: '新华社', place: '北京', year: 2024, month: 3, day: 7 }],
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

describe('datelineDisagrees', () => {
  const dateline = (parts: Partial<Dateline>): Dateline => ({ label: '', agency: '新华社', place: '北京', day: 7, ...parts });

  it.each([
    ['agrees on the same month and day', dateline({ month: 3 }), '2024-03-07', false],
    ['agrees on the same year, month and day', dateline({ year: 2024, month: 3 }), '2024-03-07', false],
    ['agrees on the same day printed alone', dateline({}), '2024-03-07', false],
    ['agrees on a month and day in any year (wire datelines print none)', dateline({ month: 3 }), '2019-03-07', false],
    ['disagrees on another day', dateline({ month: 3 }), '2024-03-08', true],
    ['disagrees on another month', dateline({ month: 4 }), '2024-03-07', true],
    ['disagrees on another year', dateline({ year: 2023, month: 3 }), '2024-03-07', true],
    ['disagrees on another day printed alone', dateline({ day: 12 }), '2023-04-13', true],
  ])('%s', (_name, printed, isoDate, disagrees) => {
    expect(datelineDisagrees(printed, isoDate)).toBe(disagrees);
  });
});
