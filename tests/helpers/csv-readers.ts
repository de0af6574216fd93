import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';

// Real CSV parsers, each told nothing but the encoding, to read the data files back as a user would.

/** Read CSV text with csv-parse, with no options: records as arrays of fields, the header first. */
export function readWithCsvParse(text: string): string[][] {
  return parse(text) as string[][];
}

// Python's csv module reads the bytes as UTF-8 (newline='' as its docs ask, so quoted line breaks stay in fields).
const PYTHON_READER = `
import csv, io, json, sys
rows = list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", newline="")))
sys.stdout.write(json.dumps(rows))
`;

/** Tell whether Python 3 is on this machine. */
export const hasPython = spawnSync('python3', ['--version']).status === 0;

/** Read CSV bytes with Python's csv module: records as arrays of fields, the header first. */
export function readWithPython(bytes: string | Buffer): string[][] {
  const run = spawnSync('python3', ['-c', PYTHON_READER], { input: bytes, maxBuffer: 1024 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`python3's csv module failed: ${run.stderr.toString()}`);
  return JSON.parse(run.stdout.toString('utf8')) as string[][];
}
