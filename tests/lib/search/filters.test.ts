import { describe, expect, it } from 'vitest';
import { conferenceFilters, filterAttributes, filterValues, questionFilters } from '../../../src/lib/search/filters';

describe('questionFilters', () => {
  it("gives the outlet, every answerer, the conference's date in Chinese and the ISO date", () => {
    const filters = questionFilters({ outlet: '彭博社', questioner: '彭博社记者', answerers: ['王毅', '华春莹'], date: '2024-03-07' });
    expect(filters).toEqual({ outlet: ['彭博社'], answerer: ['王毅', '华春莹'], conference: ['2024年3月7日'], date: ['2024-03-07'] });
  });

  it('falls back to the questioner when no outlet is named', () => {
    expect(questionFilters({ questioner: '记者', answerers: [], date: '2024-03-07' }).outlet).toEqual(['记者']);
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
      conferenceFilters({ date: '2024-03-07' }),
      questionFilters({ outlet: '新华社', questioner: '', answerers: ['王毅'], date: '2024-03-07' }),
      questionFilters({ outlet: 'CGTN', questioner: '', answerers: ['王毅'], date: '2024-10-01' }),
      questionFilters({ outlet: '新华社', questioner: '', answerers: ['毛宁'], date: '2023-12-25' }),
    ]);
    expect(values).toEqual({
      outlet: ['CGTN', '新华社'],
      answerer: ['毛宁', '王毅'],
      conference: ['2024年10月1日', '2024年3月7日', '2023年12月25日'],
      date: ['2023-12-25', '2024-03-07', '2024-10-01'],
    });
  });

  it('gives empty lists for an empty archive', () => {
    expect(filterValues([])).toEqual({ outlet: [], answerer: [], conference: [], date: [] });
  });
});
