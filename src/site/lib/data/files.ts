import type { Script } from '../../../shared/content/schema';
import { compareText } from '../../../shared/text';
import { dataFormats, type DataFormat } from './formats';
import type { DataRow } from './rows';

/** One downloadable file: its name, format, the year it holds (null for the whole archive) and how many rows. */
export interface DataFile {
  name: string;
  format: DataFormat;
  year: string | null;
  rows: number;
}

/** Name a data file after the site, its script and year, so downloads side by side never clash (`dawenlu-zh-hans-2024.csv`). */
export function dataFileName(script: Script, format: DataFormat, year: string | null = null): string {
  return `dawenlu-${script.toLowerCase()}${year ? `-${year}` : ''}.${format}`;
}

/** Give the year a file name holds in a script and format (`dawenlu-zh-hans-2024.csv` → `2024`), or null if it is no year's file of them. */
export function yearOfDataFile(script: Script, format: DataFormat, name: string): string | null {
  const year = /-(\d{4})\.\w+$/.exec(name)?.[1];
  return year !== undefined && name === dataFileName(script, format, year) ? year : null;
}

/** Order rows as the files hold them: by date, then conference id, then question number. */
export function sortRows(rows: readonly DataRow[]): DataRow[] {
  return [...rows].sort((left, right) => compareText(left.date, right.date) || compareText(left.conference, right.conference) || left.number - right.number);
}

/** Lay out a script's files from its questions per year: the whole archive, then each year newest first, each in every format. */
export function dataFiles(script: Script, perYear: readonly { year: string; count: number }[]): DataFile[] {
  const years = [...perYear].filter((entry) => entry.count > 0).sort((left, right) => compareText(right.year, left.year));
  const groups = [{ year: null, rows: years.reduce((sum, entry) => sum + entry.count, 0) }, ...years.map((entry) => ({ year: entry.year, rows: entry.count }))];
  return groups.flatMap(({ year, rows }) => dataFormats.map((format) => ({ name: dataFileName(script, format, year), format, year, rows })));
}

/**
 * Give the files of one format the whole archive's file is made of, in its order: each year's file,
 * oldest year first (the rows of each are in file order, so the whole is too).
 */
export function yearFilesInOrder(files: readonly DataFile[], format: DataFormat): DataFile[] {
  return files.filter((file) => file.format === format && file.year !== null).sort((left, right) => compareText(left.year!, right.year!));
}
