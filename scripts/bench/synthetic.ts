/**
 * Build a synthetic archive for the build-scale benchmark from one real transcript.
 *
 * Pure and deterministic: the same seed text, name and options always give the same files.
 * Each conference gets its own date (the file name and the dateline agree), id, answerer
 * (renamed everywhere in its file, label included), question order and a few swapped words,
 * so the archive is not one file repeated, while every file still parses like the seed.
 */

import { datelineOf } from '../../src/shared/transcript/dateline';
import { parseTranscriptName } from '../../src/splitter/transcript/file-name';
import { speakerLabelOf } from '../../src/splitter/transcript/labels';
import { parseTranscript } from '../../src/splitter/transcript/parse';
import { escapeRegExp } from '../../src/shared/text';

/** One generated transcript: its file name (`YYYY-MM-DD-<slug>.txt`) and text. */
export interface SyntheticTranscript {
  name: string;
  text: string;
}

export interface SyntheticOptions {
  /** How many conferences to generate. */
  count: number;
  /** The first conference's date (`YYYY-MM-DD`); later ones follow 5–25 days apart. */
  startDate?: string;
  /** Answerers to cycle through: the printed name and the slug used in file names. */
  answerers?: readonly { name: string; slug: string }[];
}

/** Fictional answerers, so no synthetic page puts words in a real person's mouth (the seed's own name is added first). */
export const DEFAULT_ANSWERERS = [
  { name: '张华', slug: 'zhang-hua' },
  { name: '李明', slug: 'li-ming' },
  { name: '陈静', slug: 'chen-jing' },
  { name: '刘洋', slug: 'liu-yang' },
] as const;

/** Word pairs swapped in the body text; each conference picks a few. Same length, no punctuation. */
export const WORD_SWAPS: readonly (readonly [string, string])[] = [
  ['发展', '进步'],
  ['合作', '协作'],
  ['世界', '全球'],
  ['推动', '促进'],
  ['坚持', '坚守'],
  ['共同', '一道'],
  ['问题', '议题'],
  ['和平', '安宁'],
  ['关系', '关联'],
  ['各国', '各方'],
];

/** The parts of a seed transcript that the generator moves or rewrites. */
export interface SeedParts {
  /** Lines before the first question: headline, dateline, opening remarks (blank lines kept). */
  head: string[];
  /** One block of lines per question: the reporter's label line up to the next question. */
  questions: string[][];
  /** The trailing print continuation marker and what follows it, if any. */
  tail: string[];
  /** The answerer's name as printed in the labels. */
  answerer: string;
  month: number;
  day: number;
}

/** Split a seed transcript into its head, question blocks and tail, where the site's own parser finds them. */
export function seedParts(text: string, fileName: string): SeedParts {
  const conference = parseTranscript(text, fileName);
  const [answerer] = conference.officials;
  if (!answerer) throw new Error('seed has no answering official (e.g. 王毅：)');
  if (!conference.dateline) throw new Error('seed has no dateline (e.g. 新华社北京3月7日电)');
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const starts = conference.questions.map((question) => question.line - 1);
  const end = conference.continuation ? conference.continuation.line - 1 : lines.length;
  // Keep blank lines between blocks: a question block ends with the blank lines that followed it.
  const questions = starts.map((start, index) => lines.slice(start, starts[index + 1] ?? end));
  const [, month, day] = conference.date.split('-').map(Number) as [number, number, number];
  return { head: lines.slice(0, starts[0]), questions, tail: lines.slice(end), answerer, month, day };
}

/** A small seeded PRNG (mulberry32), so output depends on the inputs only. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}


/** Rewrite the month and day of the dateline line (`新华社北京3月7日电 3月7日，…`) to a new date. */
export function redate(line: string, from: { month: number; day: number }, to: { month: number; day: number }): string {
  const old = new RegExp(`(^|[^\\d])${from.month}月${from.day}日`, 'gu');
  return line.replace(old, (_match, before: string) => `${before}${to.month}月${to.day}日`);
}

/**
 * Generate `count` transcripts from a seed. Conference `i` gets the date `startDate + Σ gaps`,
 * the answerer `answerers[i % n]` (renamed in the headline, dateline and every label), its
 * questions in a shuffled order, and two to four word swaps in its text.
 */
export function synthesizeArchive(seedText: string, seedFileName: string, options: SyntheticOptions): SyntheticTranscript[] {
  const seed = seedParts(seedText, seedFileName);
  const seedSlug = parseTranscriptName(seedFileName).id.slice('YYYY-MM-DD-'.length) || 'seed';
  const answerers = options.answerers ?? [{ name: seed.answerer, slug: seedSlug }, ...DEFAULT_ANSWERERS];
  if (answerers.length === 0) throw new Error('need at least one answerer');
  const files: SyntheticTranscript[] = [];
  let date = options.startDate ?? '2016-01-05';
  for (let index = 0; index < options.count; index++) {
    const next = random(0x9e3779b9 ^ (index * 2654435761));
    if (index > 0) date = addDays(date, 5 + Math.floor(next() * 21));
    const [, month, day] = date.split('-').map(Number) as [number, number, number];
    const answerer = answerers[index % answerers.length] as { name: string; slug: string };

    const swaps = shuffled(WORD_SWAPS, next).slice(0, 2 + Math.floor(next() * 3));
    const swapPattern = new RegExp(swaps.map(([word]) => escapeRegExp(word)).join('|'), 'gu');
    const swapTable = new Map(swaps);
    const rename = new RegExp(escapeRegExp(seed.answerer), 'gu');

    const head = seed.head.map((line) => (datelineOf(line.trim()) ? redate(line, seed, { month, day }) : line));
    const body = shuffled(seed.questions, next).flat();
    const text = [...head, ...body, ...seed.tail]
      .map((line) => line.replace(rename, answerer.name))
      .map((line) => swapWords(line, swapPattern, swapTable))
      .join('\n');
    files.push({ name: `${date}-${answerer.slug}-${String(index + 1).padStart(3, '0')}.txt`, text });
  }
  return files;
}

/** Swap words in a line but never in its speaker label (outlet and answerer names stay as printed). */
function swapWords(line: string, pattern: RegExp, table: Map<string, string>): string {
  const label = speakerLabelOf(line);
  const prefix = label ? line.slice(0, line.length - label.rest.length) : '';
  return prefix + line.slice(prefix.length).replace(pattern, (word) => table.get(word) ?? word);
}
