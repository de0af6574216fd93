import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../src/splitter/transcript/parse';
import { lines } from '../../helpers/transcript';

/**
 * Every pattern applied to transcript text must run in linear time: a 100,000-character line of
 * any shape parses within a few times the cost of a line of ordinary text, in the same run.
 */
const LENGTH = 100_000;
const FILE = 'content/transcripts/2024-05-01-long.txt';
const ordinary = '中方愿同各方一道努力，推动问题得到妥善解决。'.repeat(LENGTH / 22).slice(0, LENGTH);

/** A transcript whose answer (or lead, or label) holds one very long line. */
const transcriptWith = (line: string, where: 'lead' | 'answer' | 'label') =>
  lines(
    '外交部发言人汪文斌主持例行记者会',
    where === 'lead' ? line : '新华社北京5月1日电 记者会。',
    where === 'label' ? `${line}：问？` : '甲报记者：问？',
    where === 'answer' ? `汪文斌：${line}` : '汪文斌：答。',
  );

const shapes: [string, string, 'lead' | 'answer' | 'label'][] = [
  ['a dateline-like run of 社', '社'.repeat(LENGTH), 'lead'],
  ['an agency, then 社 and digits', `新华${'社'.repeat(LENGTH / 2)}${'1'.repeat(LENGTH / 2)}`, 'lead'],
  ['spaces in the middle of a line', `开始${' '.repeat(LENGTH)}结束。`, 'answer'],
  ['full-width spaces in the middle', `开始${'\u3000'.repeat(LENGTH)}结束。`, 'answer'],
  ['a label-like run without punctuation', '记'.repeat(LENGTH), 'label'],
  ['brackets that never close', '['.repeat(LENGTH), 'answer'],
  ['open parentheses and spaces', '（ '.repeat(LENGTH / 2), 'answer'],
  ['digits and colons like time stamps', '1:'.repeat(LENGTH / 2), 'answer'],
  ['a caption-like run', `${'记者 '.repeat(LENGTH / 3)}摄`, 'lead'],
  ['Latin words and colons', 'Word: '.repeat(LENGTH / 6), 'answer'],
];

/** The fastest of a few runs, in milliseconds. */
function fastest(work: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    try {
      work();
    } catch {
      // Rejected input is fine; only the time it takes matters here.
    }
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('parseTranscript on 100,000-character lines', () => {
  const baseline = Math.max(fastest(() => parseTranscript(transcriptWith(ordinary, 'answer'), FILE)), 5);

  it.each(shapes)('parses %s in linear time', (_name, line, where) => {
    const elapsed = fastest(() => parseTranscript(transcriptWith(line, where), FILE));
    expect(elapsed / baseline).toBeLessThan(8);
  });
});

describe('parseTranscript on many lines', () => {
  /** A transcript whose answer runs on over many unpunctuated lines, each joined to the one before. */
  const unpunctuated = (count: number) =>
    lines('外交部发言人汪文斌主持例行记者会', '甲报记者：问？', '汪文斌：答', ...Array.from({ length: count }, () => '中方愿同各方一道努力推动问题得到妥善解决'));

  it('joins 40,000 unpunctuated lines in linear time: four times the lines, at most eight times the time', () => {
    const small = unpunctuated(10_000);
    const large = unpunctuated(40_000);
    // Measured in turns, so that a busy machine slows both alike; the fastest of each counts.
    let smallest = Number.POSITIVE_INFINITY;
    let largest = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 2; round++) {
      smallest = Math.min(smallest, fastest(() => parseTranscript(small, FILE)));
      largest = Math.min(largest, fastest(() => parseTranscript(large, FILE)));
    }
    expect(largest / Math.max(smallest, 5), `${largest.toFixed(0)} ms against ${smallest.toFixed(0)} ms`).toBeLessThan(8);
    // Seconds on a busy machine: the test bounds the ratio, never the time.
  }, 600_000);
});
