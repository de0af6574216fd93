import type { Script } from '../../../shared/content/schema';
import { compareText } from '../../../shared/text';
import { dataFormats, type DataFormat } from './formats';
import type { DataRow } from './rows';

/** One downloadable file: its name, format, the year it holds (null for the whole archive) and its rows. */
export interface DataFile {
  name: string;
  format: DataFormat;
  year: string | null;
  rows: DataRow[];
}

/** Name a data file after the site, its script and year, so downloads side by side never clash (`dawenlu-zh-hans-2024.csv`). */
export function dataFileName(script: Script, format: DataFormat, year: string | null = null): string {
  return `dawenlu-${script.toLowerCase()}${year ? `-${year}` : ''}.${format}`;
}

/** Order rows as the files hold them: by date, then conference id, then question number. */
export function sortRows(rows: readonly DataRow[]): DataRow[] {
  return [...rows].sort((left, right) => compareText(left.date, right.date) || compareText(left.conference, right.conference) || left.number - right.number);
}

/** Lay out a script's files: the whole archive, then each year newest first, each in every format. */
export function dataFiles(script: Script, rows: readonly DataRow[]): DataFile[] {
  const sorted = sortRows(rows);
  const years = [...new Set(sorted.map((row) => String(row.year)))].sort().reverse();
  const groups = [
    { year: null, rows: sorted },
    ...years.map((year) => ({ year, rows: sorted.filter((row) => String(row.year) === year) })),
  ];
  return groups.flatMap(({ year, rows: inGroup }) => dataFormats.map((format) => ({ name: dataFileName(script, format, year), format, year, rows: inGroup })));
}

/** Give a file's size as the Data page shows it: bytes under 1 KB, else KB or MB with one decimal (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
