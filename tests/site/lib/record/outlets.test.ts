import { describe, expect, it } from 'vitest';
import type { RecordQuestion } from '../../../../src/site/lib/record/facts';
import { outletRecords } from '../../../../src/site/lib/record/outlets';
import { recordQuestion } from '../../../helpers/record';

const question = (date: string, number: number, extra: Partial<RecordQuestion>): RecordQuestion => recordQuestion(`${date}-c`, number, { date, ...extra });
const identity = (name: string) => name;

describe('outletRecords', () => {
  const records = outletRecords(
    [
      question('2023-01-02', 1, { questioner: '《人民日报》记者', outlet: '《人民日报》' }),
      question('2024-01-02', 3, { questioner: '人民日报记者', outlet: '人民日报', answerers: ['林远', '宋佳'] }),
      question('2024-01-02', 4, { questioner: '彭博社记者', outlet: '彭博社', outletEnglish: 'Bloomberg News' }),
      question('2024-01-02', 5, { questioner: '记者' }),
    ],
    identity,
    identity,
  );

  it('files an outlet under one name whatever marks it is printed with, and leaves out questions that name none', () => {
    expect([...records.keys()]).toEqual(['人民日报', '彭博社']);
    expect(records.get('人民日报')?.questions.map((question) => question.number)).toEqual([3, 1]);
  });

  it('takes the English name from editorial data first, then the shared table', () => {
    expect(records.get('彭博社')?.english).toBe('Bloomberg News');
    expect(records.get('人民日报')?.english).toBe("People's Daily");
  });

  it('counts questions per year and who answered them', () => {
    const record = records.get('人民日报');
    expect(record?.perYear).toEqual([
      { year: '2023', count: 1 },
      { year: '2024', count: 1 },
    ]);
    expect(record?.answerers).toEqual([
      { key: '林远', name: '林远', count: 2 },
      { key: '宋佳', name: '宋佳', count: 1 },
    ]);
  });
});
