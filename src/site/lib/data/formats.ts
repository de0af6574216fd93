/**
 * The two formats of the data files, written from the same rows and columns. CSV follows RFC 4180
 * (https://www.rfc-editor.org/rfc/rfc4180): a header row, records ended by CRLF, a field in double
 * quotes (its quotes doubled) when it holds a quote, a comma or a line break. Both are UTF-8 without a
 * byte order mark: a parser told "UTF-8" and nothing else then reads the first column's name as
 * `id`, where a BOM would make it `\uFEFFid` for Python's csv module, csv-parse and R's read.csv.
 */
import { COLUMN_NAMES, DATA_COLUMNS } from './columns';
import type { DataRow } from './rows';

/** The formats each file is written in, by file extension. */
export const dataFormats = ['csv', 'jsonl'] as const;
export type DataFormat = (typeof dataFormats)[number];

/** Separates the items of a list in a CSV cell: names, ids and editorial texts are one line each, so a line break cannot occur inside an item. */
export const LIST_SEPARATOR = '\n';

const NEEDS_QUOTES = /[",\r\n]/;

/** Write one CSV field, quoted as RFC 4180 asks when it holds a quote, a comma or a line break. */
export function csvField(value: string): string {
  // Transcripts and editorial files refuse control characters (src/splitter/hostile-text.ts); a NUL here is a bug upstream.
  if (value.includes('\0')) throw new Error(`A data field holds a NUL character: ${JSON.stringify(value.slice(0, 40))}`);
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Write one row's value of a column as CSV text: null as an empty field, a list one item per line. */
function cellOf(row: DataRow, name: keyof DataRow): string {
  const value = row[name];
  if (value === null) return '';
  if (DATA_COLUMNS[name] === 'list') return (value as string[]).join(LIST_SEPARATOR);
  return String(value);
}

/** Write rows as a CSV file: the header row, then one record per row, every record ended by CRLF. */
export function toCsv(rows: readonly DataRow[]): string {
  const records = [COLUMN_NAMES, ...rows.map((row) => COLUMN_NAMES.map((name) => cellOf(row, name)))];
  return records.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}

/** Write rows as JSON Lines (https://jsonlines.org/): one object per line, its keys in column order. */
export function toJsonLines(rows: readonly DataRow[]): string {
  return rows.map((row) => `${JSON.stringify(Object.fromEntries(COLUMN_NAMES.map((name) => [name, row[name]])))}\n`).join('');
}

/** Write rows in a format. */
export function serializeRows(rows: readonly DataRow[], format: DataFormat): string {
  return format === 'csv' ? toCsv(rows) : toJsonLines(rows);
}
