import { describe, expect, it } from 'vitest';
import { conferenceFilters, conferenceNames, filterAttributes, filterValues, questionFilters } from '../../../src/shared/search/filters';

describe('questionFilters', () => {
  it("gives the outlet, every answerer, the conference's id, the ISO date and the year", () => {
    const filters = questionFilters({ outlet: '彭博社', questioner: '彭博社记者', answerers: ['王毅', '华春莹'], conference: '2024-03-07-wang-yi', date: '2024-03-07' });
    expect(filters).toEqual({ outlet: ['彭博社'], answerer: ['王毅', '华春莹'], conference: ['2024-03-07-wang-yi'], date: ['2024-03-07'], year: ['2024'] });
  });

  it('gives the year to question pages only, so counts by year count answers', () => {
    expect(conferenceFilters({ conference: '2024-03-07-wang-yi', date: '2024-03-07' })).not.toHaveProperty('year');
    expect(filterAttributes(questionFilters({ questioner: '记者', answerers: [], conference: '2023-12-25-mao-ning', date: '2023-12-25' }))).toContain('year:2023');
  });

  it('gives no outlet for a reporter the label names no outlet for: 记者 alone is none', () => {
    expect(questionFilters({ questioner: '记者', answerers: [], conference: '2024-03-07-wang-yi', date: '2024-03-07' }).outlet).toEqual([]);
  });

  it.each([
    ['《人民日报》', '人民日报'],
    ['中国新闻社', '中新社'],
    ['中央广播电视总台央视', '总台央视'],
    ['中央廣播電視總臺央視', '總臺央視'],
  ])('files %s under %s, as the other names of that outlet', (outlet, filed) => {
    expect(questionFilters({ outlet, questioner: `${outlet}记者`, answerers: [], conference: '2024-03-07-wang-yi', date: '2024-03-07' }).outlet).toEqual([filed]);
  });
});

describe('filterAttributes', () => {
  it("writes each value as Pagefind's key:value, in a fixed order of keys", () => {
    expect(filterAttributes({ date: ['2024-03-07'], outlet: ['新华社'], conference: ['2024年3月7日'] })).toEqual(['outlet:新华社', 'conference:2024年3月7日', 'date:2024-03-07']);
  });

  it('keeps a value with a colon or markup as it is', () => {
    expect(filterAttributes({ outlet: ['a:b <i>'] })).toEqual(['outlet:a:b <i>']);
  });
});

describe('filterValues', () => {
  it('gives every value once, names in code-point order, dates ascending, conferences newest first', () => {
    const values = filterValues([
      conferenceFilters({ conference: '2024-03-07-wang-yi', date: '2024-03-07' }),
      questionFilters({ outlet: '新华社', questioner: '', answerers: ['王毅'], conference: '2024-03-07-wang-yi', date: '2024-03-07' }),
      questionFilters({ outlet: 'CGTN', questioner: '', answerers: ['王毅'], conference: '2024-10-01-mao-ning', date: '2024-10-01' }),
      questionFilters({ outlet: '新华社', questioner: '', answerers: ['毛宁'], conference: '2023-12-25-mao-ning', date: '2023-12-25' }),
    ]);
    expect(values).toEqual({
      outlet: ['CGTN', '新华社'],
      answerer: ['毛宁', '王毅'],
      conference: ['2024-10-01-mao-ning', '2024-03-07-wang-yi', '2023-12-25-mao-ning'],
      date: ['2023-12-25', '2024-03-07', '2024-10-01'],
      year: ['2023', '2024'],
    });
  });

  it('keeps two conferences on one day apart, in the order the archive lists them', () => {
    const values = filterValues([
      conferenceFilters({ conference: '2024-03-07-wang-yi', date: '2024-03-07' }),
      conferenceFilters({ conference: '2024-03-07-li-qiang', date: '2024-03-07' }),
      conferenceFilters({ conference: '2024-03-08-mao-ning', date: '2024-03-08' }),
    ]);
    expect(values.conference).toEqual(['2024-03-08-mao-ning', '2024-03-07-li-qiang', '2024-03-07-wang-yi']);
    expect(values.date).toEqual(['2024-03-07', '2024-03-08']);
  });

  it('gives empty lists for an empty archive', () => {
    expect(filterValues([])).toEqual({ outlet: [], answerer: [], conference: [], date: [], year: [] });
  });
});

describe('conferenceNames', () => {
  it('names each conference by its date as the pages write it and its headline', () => {
    expect(
      conferenceNames([
        { conference: '2024-03-07-wang-yi', date: '2024-03-07', headline: '外交部长王毅答记者问' },
        { conference: '2024-03-07-li-qiang', date: '2024-03-07', headline: '国务院总理李强答记者问' },
      ]),
    ).toEqual({ '2024-03-07-wang-yi': '2024年3月7日 外交部长王毅答记者问', '2024-03-07-li-qiang': '2024年3月7日 国务院总理李强答记者问' });
  });
});
