import type { DataRow } from './rows';

/** How a column's value is written: a text, a whole number, or a list (one item per line in CSV, an array in JSON Lines). */
export type ColumnKind = 'text' | 'number' | 'list';

/**
 * The columns of every data file, in file order, each with its kind. Typed against `DataRow`, so a
 * field without a column (or a column without a field) does not compile; the Data page's codebook
 * (src/pages/data.mdx) documents each one, and a test keeps the two in step.
 */
export const DATA_COLUMNS: { readonly [Name in keyof DataRow]: ColumnKind } = {
  id: 'text',
  conference: 'text',
  date: 'text',
  year: 'number',
  headline: 'text',
  number: 'number',
  topic: 'text',
  questioner: 'text',
  outlet: 'text',
  outlet_en: 'text',
  answerers: 'list',
  answer_turns: 'list',
  question_text: 'text',
  answer_text: 'text',
  question_text_en: 'text',
  answer_text_en: 'text',
  question_paragraphs: 'list',
  answer_paragraphs: 'list',
  regions_question: 'list',
  regions_answer: 'list',
  correction_paragraphs: 'list',
  correction_originals: 'list',
  correction_readings: 'list',
  correction_reasons: 'list',
  url: 'text',
  source: 'text',
  source_url: 'text',
  source_script: 'text',
  transcript: 'text',
  transcript_line: 'number',
};

/** The column names in file order: the CSV header, and the key order of each JSON line. */
export const COLUMN_NAMES = Object.keys(DATA_COLUMNS) as (keyof DataRow)[];
