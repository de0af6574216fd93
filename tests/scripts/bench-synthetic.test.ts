import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { random, redate, seedParts, synthesizeArchive } from '../../scripts/bench/synthetic';
import { parseTranscript } from '../../src/splitter/transcript';

const SEED_NAME = '2024-03-07-wang-yi.txt';
const seedText = readFileSync(new URL(`../../content/transcripts/${SEED_NAME}`, import.meta.url), 'utf8');

/** A tiny transcript with the seed's shape: headline, dateline, opening, questions, continuation marker. */
const TINY = [
  '某某就对外关系回答记者提问',
  '',
  '新华社北京3月7日电 3月7日，某某在梅地亚中心举行记者会。',
  '',
  '某某：各位记者朋友，大家好。下面回答提问。',
  '',
  '甲报记者：第一个问题关于发展？',
  '',
  '某某：我们坚持合作，推动发展。',
  '',
  '乙社记者：第二个问题关于世界和平？',
  '',
  '某某：世界需要和平',
  '',
  '与合作。',
  '',
  '丙台记者：第三个问题？',
  '',
  '某某：问题在于关系。',
  '',
  '(下转第四版)',
].join('\n');

describe('seedParts', () => {
  it('splits a transcript into head, one block per question and the continuation tail', () => {
    const parts = seedParts(TINY, '2024-03-07-mou.txt');
    expect(parts.answerer).toBe('某某');
    expect(parts.questions.map((block) => block[0])).toEqual(['甲报记者：第一个问题关于发展？', '乙社记者：第二个问题关于世界和平？', '丙台记者：第三个问题？']);
    expect(parts.tail).toEqual(['(下转第四版)']);
    expect({ month: parts.month, day: parts.day }).toEqual({ month: 3, day: 7 });
  });

  it('rejects a seed without questions or with a bad name', () => {
    expect(() => seedParts('标题\n\n新华社北京3月7日电 3月7日，\n\n某某：你好。', '2024-03-07-x.txt')).toThrow(/no question found/);
    expect(() => seedParts(TINY, 'seed.txt')).toThrow(/file name/);
  });
});

describe('redate', () => {
  it('rewrites the exact month and day only', () => {
    expect(redate('新华社北京3月7日电 3月7日，会议于13月7日与3月17日之间', { month: 3, day: 7 }, { month: 11, day: 2 })).toBe(
      '新华社北京11月2日电 11月2日，会议于13月7日与3月17日之间',
    );
  });
});

describe('random', () => {
  it('is deterministic and in [0, 1)', () => {
    const a = random(42);
    const b = random(42);
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('synthesizeArchive', () => {
  const files = synthesizeArchive(seedText, SEED_NAME, { count: 100 });

  it('gives the requested number of files with distinct, dated names in date order', () => {
    expect(files).toHaveLength(100);
    const names = files.map((file) => file.name);
    expect(new Set(names).size).toBe(100);
    for (const name of names) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.txt$/);
    const dates = names.map((name) => name.slice(0, 10));
    expect(new Set(dates).size).toBe(100);
    expect([...dates].sort()).toEqual(dates);
  });

  it('is a pure function of its inputs', () => {
    expect(synthesizeArchive(seedText, SEED_NAME, { count: 100 })).toEqual(files);
  });

  it('produces files that parse like the seed: dateline agrees with the name, one answerer, every question kept', () => {
    const seed = parseTranscript(seedText, `content/transcripts/${SEED_NAME}`);
    const answerers = new Set<string>();
    for (const file of files) {
      const conference = parseTranscript(file.text, `content/transcripts/${file.name}`);
      const [, month, day] = conference.date.split('-').map(Number);
      expect(conference.dateline).toMatchObject({ month, day });
      expect(conference.questions).toHaveLength(seed.questions.length);
      expect(conference.continuation?.marker).toBe(seed.continuation?.marker);
      expect(new Set(conference.questions.map((question) => question.outlet))).toEqual(new Set(seed.questions.map((question) => question.outlet)));
      const [answerer = ''] = conference.officials;
      answerers.add(answerer);
      if (answerer !== seed.officials[0]) expect(file.text).not.toContain(seed.officials[0]);
    }
    expect(answerers.size).toBeGreaterThanOrEqual(3);
  });

  it('varies the text: no two files are the same and question order changes', () => {
    expect(new Set(files.map((file) => file.text)).size).toBe(100);
    const seedOrder = seedParts(seedText, SEED_NAME).questions.map((block) => block[0]?.slice(0, 12));
    const reordered = files.filter((file) => {
      const order = seedParts(file.text, file.name).questions.map((block) => block[0]?.slice(0, 12));
      return order.join() !== seedOrder.join();
    });
    expect(reordered.length).toBeGreaterThan(90);
  });

  it('starts at the given date and keeps outlet labels unswapped', () => {
    const [first] = synthesizeArchive(TINY, '2024-03-07-mou.txt', { count: 1, startDate: '2020-12-31', answerers: [{ name: '王五', slug: 'wang-wu' }] });
    expect(first?.name).toBe('2020-12-31-wang-wu-001.txt');
    expect(first?.text).toContain('新华社北京12月31日电 12月31日，王五在梅地亚中心');
    expect(first?.text).not.toContain('某某');
    expect(first?.text).toMatch(/^甲报记者：/mu);
    expect(first?.text.match(/^王五：/gmu)).toHaveLength(4);
  });
});
