import { describe, expect, it } from 'vitest';
import { COLUMN_NAMES } from '../../../../src/site/lib/data/columns';
import { csvField, toCsv, toJsonLines } from '../../../../src/site/lib/data/formats';
import type { DataRow } from '../../../../src/site/lib/data/rows';
import { hasPython, readWithCsvParse, readWithPython } from '../../../helpers/csv-readers';

/** A row whose texts hold everything CSV must quote: commas, quotes, line breaks, and none of them. */
const row: DataRow = {
  id: '2024-03-07-wang-yi-04',
  conference: '2024-03-07-wang-yi',
  date: '2024-03-07',
  year: 2024,
  headline: '王毅就中国外交政策和对外关系回答中外记者提问',
  number: 4,
  topic: '中美关系："分歧", 限制',
  questioner: '彭博社记者',
  outlet: '彭博社',
  outlet_en: 'Bloomberg, L.P.',
  answerers: ['王毅', '李明'],
  answer_turns: ['王毅', '李明', '王毅'],
  question_text: '第一段，"引号"。\n\n第二段',
  answer_text: '答。',
  question_text_en: null,
  answer_text_en: 'He said, "Yes."',
  question_paragraphs: ['q1', 'q2 q3'],
  answer_paragraphs: ['a1', 'a2', 'a3 a4'],
  regions_question: ['CN', 'US'],
  regions_answer: [],
  correction_paragraphs: ['a1'],
  correction_originals: ['总是是一套'],
  correction_readings: ['总是说一套'],
  correction_reasons: ['排印错字：“是一套”应为“说一套”。'],
  url: 'http://localhost:4321/2024-03-07-wang-yi/04/',
  source: '新华社印刷版',
  source_url: null,
  source_script: 'zh-Hans',
  transcript: 'content/transcripts/2024-03-07-wang-yi.txt',
  transcript_line: 47,
};
const empty: DataRow = { ...row, id: 'x-01', number: 1, answerers: [], answer_turns: [], correction_paragraphs: [], correction_originals: [], correction_readings: [], correction_reasons: [] };

/** The CSV fields a row should read back as: lists one item per line, null as empty. */
const fieldsOf = (value: DataRow) =>
  COLUMN_NAMES.map((name) => {
    const cell = value[name];
    return Array.isArray(cell) ? cell.join('\n') : cell === null ? '' : String(cell);
  });

describe('csvField', () => {
  it.each([
    ['王毅', '王毅'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "yes"', '"say ""yes"""'],
    ['one\ntwo', '"one\ntwo"'],
    ['one\r\ntwo', '"one\r\ntwo"'],
  ])('writes %j as %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('refuses a NUL character', () => {
    expect(() => csvField('a\0b')).toThrow(/NUL/);
  });
});

describe('toCsv', () => {
  const csv = toCsv([row, empty]);

  it('starts with the header row, without a byte order mark, and ends every record with CRLF', () => {
    expect(csv.startsWith(`${COLUMN_NAMES.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('is read back field for field by csv-parse, told nothing', () => {
    expect(readWithCsvParse(csv)).toEqual([COLUMN_NAMES, fieldsOf(row), fieldsOf(empty)]);
  });

  it.runIf(hasPython)("is read back field for field by Python's csv module, told only UTF-8", () => {
    expect(readWithPython(Buffer.from(csv, 'utf8'))).toEqual([COLUMN_NAMES, fieldsOf(row), fieldsOf(empty)]);
  });

  it('writes only the header for no rows', () => {
    expect(toCsv([])).toBe(`${COLUMN_NAMES.join(',')}\r\n`);
  });
});

describe('toJsonLines', () => {
  it('writes one object per line, keys in column order, lists as arrays and null as null', () => {
    const lines = toJsonLines([row, empty]).split('\n');
    expect(lines.at(-1)).toBe('');
    const objects = lines.slice(0, -1).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(objects.map((object) => Object.keys(object))).toEqual([COLUMN_NAMES, COLUMN_NAMES]);
    expect(objects[0]).toEqual(row);
    expect(objects[1]).toEqual(empty);
  });
});
