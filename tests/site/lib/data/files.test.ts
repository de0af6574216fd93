import { describe, expect, it } from 'vitest';
import { dataFileName, dataFiles, sortRows, yearFilesInOrder, yearOfDataFile } from '../../../../src/site/lib/data/files';
import type { DataRow } from '../../../../src/site/lib/data/rows';

const row = (conference: string, number: number) => ({ conference, date: conference.slice(0, 10), year: Number(conference.slice(0, 4)), number }) as DataRow;

describe('dataFileName', () => {
  it.each([
    ['zh-Hans', 'csv', null, 'dawenlu-zh-hans.csv'],
    ['zh-Hant', 'jsonl', '2024', 'dawenlu-zh-hant-2024.jsonl'],
  ] as const)('names %s %s %s as %s', (script, format, year, name) => {
    expect(dataFileName(script, format, year)).toBe(name);
  });
});

describe('sortRows', () => {
  it('orders rows by date, conference and number', () => {
    const rows = [row('2024-03-07-b', 2), row('2023-01-02-a', 1), row('2024-03-07-b', 1), row('2024-03-07-a', 10)];
    expect(sortRows(rows).map((each) => `${each.conference}/${each.number}`)).toEqual(['2023-01-02-a/1', '2024-03-07-a/10', '2024-03-07-b/1', '2024-03-07-b/2']);
  });
});

describe('dataFiles', () => {
  const files = dataFiles('zh-Hans', [
    { year: '2023', count: 1 },
    { year: '2024', count: 3 },
    { year: '2025', count: 0 },
  ]);

  it('gives the whole archive, then each year with questions newest first, in both formats', () => {
    expect(files.map((file) => `${file.name} ${file.rows}`)).toEqual([
      'dawenlu-zh-hans.csv 4',
      'dawenlu-zh-hans.jsonl 4',
      'dawenlu-zh-hans-2024.csv 3',
      'dawenlu-zh-hans-2024.jsonl 3',
      'dawenlu-zh-hans-2023.csv 1',
      'dawenlu-zh-hans-2023.jsonl 1',
    ]);
  });

  it('puts the whole archive together from the years, oldest first', () => {
    expect(yearFilesInOrder(files, 'csv').map((file) => file.name)).toEqual(['dawenlu-zh-hans-2023.csv', 'dawenlu-zh-hans-2024.csv']);
  });
});

describe('yearOfDataFile', () => {
  it.each([
    ['zh-Hans', 'csv', 'dawenlu-zh-hans-2024.csv', '2024'],
    ['zh-Hant', 'jsonl', 'dawenlu-zh-hant-2002.jsonl', '2002'],
    ['zh-Hans', 'csv', 'dawenlu-zh-hans.csv', null],
    ['zh-Hans', 'csv', 'dawenlu-zh-hant-2024.csv', null],
    ['zh-Hans', 'csv', 'dawenlu-zh-hans-2024.jsonl', null],
    ['zh-Hans', 'csv', 'x-dawenlu-zh-hans-2024.csv', null],
  ] as const)('reads %s %s %s as %s', (script, format, name, year) => {
    expect(yearOfDataFile(script, format, name)).toBe(year);
  });
});
