import { describe, expect, it } from 'vitest';
import { dataFileName, dataFiles, formatBytes, sortRows } from '../../../../src/site/lib/data/files';
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

describe('dataFiles', () => {
  const rows = [row('2024-03-07-b', 2), row('2023-01-02-a', 1), row('2024-03-07-b', 1), row('2024-03-07-a', 10)];

  it('orders rows by date, conference and number', () => {
    expect(sortRows(rows).map((each) => `${each.conference}/${each.number}`)).toEqual(['2023-01-02-a/1', '2024-03-07-a/10', '2024-03-07-b/1', '2024-03-07-b/2']);
  });

  it('gives the whole archive, then each year newest first, in both formats', () => {
    const files = dataFiles('zh-Hans', rows);
    expect(files.map((file) => `${file.name} ${file.rows.length}`)).toEqual([
      'dawenlu-zh-hans.csv 4',
      'dawenlu-zh-hans.jsonl 4',
      'dawenlu-zh-hans-2024.csv 3',
      'dawenlu-zh-hans-2024.jsonl 3',
      'dawenlu-zh-hans-2023.csv 1',
      'dawenlu-zh-hans-2023.jsonl 1',
    ]);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KB'],
    [1536, '1.5 KB'],
    [5 * 1024 * 1024, '5.0 MB'],
  ])('gives %i bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
