import { describe, expect, it } from 'vitest';
import { mayHold, pageOfGeneratedFile, shardPages, shardSpan } from '../../../src/shared/search/shards';

const files = [
  '2024-03-07-wang-yi/index.html',
  '2024-03-07-wang-yi/01/index.html',
  '2024-03-07-wang-yi/02/index.html',
  '2024-03-07-wang-yi/10/index.html',
  '2024-03-07-wang-yi/full/index.html',
  '2023-01-02-a/index.html',
  '2023-01-02-a/01/index.html',
  '2024/index.html',
  'index.html',
  'search/index.html',
];

describe('shardPages', () => {
  it('keeps conference and question pages only, each conference in its order', () => {
    expect(shardPages(files, 100)).toEqual([
      [
        '2023-01-02-a/index.html',
        '2023-01-02-a/01/index.html',
        '2024-03-07-wang-yi/index.html',
        '2024-03-07-wang-yi/01/index.html',
        '2024-03-07-wang-yi/02/index.html',
        '2024-03-07-wang-yi/10/index.html',
      ],
    ]);
  });

  it('fills shards of at most the given size with whole conferences, and lists them newest first', () => {
    const shards = shardPages(files, 4);
    expect(shards).toEqual([
      ['2024-03-07-wang-yi/index.html', '2024-03-07-wang-yi/01/index.html', '2024-03-07-wang-yi/02/index.html', '2024-03-07-wang-yi/10/index.html'],
      ['2023-01-02-a/index.html', '2023-01-02-a/01/index.html'],
    ]);
  });

  it('bounds every shard of a 5,000-question conference', () => {
    const long = ['2024-05-01-long/index.html', ...Array.from({ length: 5000 }, (_, index) => `2024-05-01-long/${String(index + 1).padStart(4, '0')}/index.html`)];
    expect(shardPages(long, 2500).map((shard) => shard.length)).toEqual([2500, 2500, 1]);
    expect(shardPages(long, 5001).map((shard) => shard.length)).toEqual([5001]);
    // A long conference has shards of its own, in its order, after (older than) the conferences that followed it.
    const withNext = shardPages(['2024-04-01-before/index.html', ...long, '2024-06-01-next/index.html', '2024-06-01-next/01/index.html'], 2500);
    expect(withNext.map((shard) => shard.length)).toEqual([2, 2500, 2500, 1, 1]);
    expect(withNext[1]?.[0]).toBe('2024-05-01-long/index.html');
    expect(withNext[3]).toEqual(['2024-05-01-long/5000/index.html']);
    expect(withNext[4]).toEqual(['2024-04-01-before/index.html']);
  });
});

describe('shardPages as the archive grows', () => {
  const conference = (date: string, questions: number) => [`${date}-c/index.html`, ...Array.from({ length: questions }, (_, index) => `${date}-c/${String(index + 1).padStart(2, '0')}/index.html`)];
  const archive = Array.from({ length: 40 }, (_, index) => conference(`20${String(10 + Math.floor(index / 12)).padStart(2, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`, 3 + (index % 5))).flat();

  it('keeps every shard but the newest when a conference is added after the others', () => {
    const before = shardPages(archive, 50);
    const after = shardPages([...archive, ...conference('2099-01-01', 4)], 50);
    expect(after.slice(-(before.length - 1))).toEqual(before.slice(1));
    expect(after[0]?.slice(-5)).toEqual(conference('2099-01-01', 4));
  });

  it('cuts the newest shard, while it fills, into parts of a quarter of a shard, newest first', () => {
    // 40 conferences of 4 to 8 pages: three full shards of 60 pages, and the newest 60 pages in parts.
    const shards = shardPages(archive, 60);
    const full = shards.filter((shard) => shard.length > 15);
    const parts = shards.slice(0, shards.length - full.length);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(15);
    // Parts first, newest first; then the full shards, newest first: the archive in order, newest first.
    const order = shards.flatMap((shard) => [...new Set(shard.map((page) => page.split('/')[0]))].reverse());
    expect(order).toEqual([...new Set(archive.map((page) => page.split('/')[0]))].reverse());
  });

  it('changes one part of the newest shard, or starts one, as each conference is added, until the shard is full', () => {
    let pages = [...archive];
    let before = shardPages(pages, 50);
    let changedParts = 0;
    for (let day = 1; day <= 28; day++) {
      pages = [...pages, ...conference(`2099-01-${String(day).padStart(2, '0')}`, 3)];
      const after = shardPages(pages, 50);
      const kept = before.filter((shard) => after.some((other) => JSON.stringify(other) === JSON.stringify(shard))).length;
      // Every shard is kept but the newest part; or, when the newest shard is full, its parts become one.
      if (kept < before.length - 1) expect(after.some((shard) => shard.length > 13 && before.filter((part) => part.every((page) => shard.includes(page))).length > 1)).toBe(true);
      else changedParts++;
      before = after;
    }
    expect(changedParts).toBeGreaterThan(20);
  });

  it('never cuts a conference that fits in a shard', () => {
    for (const shard of shardPages(archive, 50)) {
      const first = shard[0]?.split('/')[0];
      const last = shard.at(-1)?.split('/')[0];
      expect(shard[0], `${first} starts with its conference page`).toBe(`${first}/index.html`);
      expect(archive.filter((page) => page.startsWith(`${last}/`)).every((page) => shard.includes(page))).toBe(true);
    }
  });
});

describe('pageOfGeneratedFile', () => {
  it.each([
    ['2024-03-07-wang-yi/index.mdx', '2024-03-07-wang-yi/index.html'],
    ['2024-03-07-wang-yi/05.mdx', '2024-03-07-wang-yi/05/index.html'],
  ])('gives %s the page %s', (file, page) => {
    expect(pageOfGeneratedFile(file)).toBe(page);
  });
});

describe('shardSpan', () => {
  it('gives the first and last day of the conferences a shard holds, whatever their order', () => {
    const files = ['2024-05-01-wang-wenbin/index.html', '2023-12-29-mao-ning/03/index.html', '2024-03-07-wang-yi/05/index.html'];
    expect(shardSpan(files)).toEqual({ from: '2023-12-29', to: '2024-05-01' });
    expect(shardSpan(['2024-03-07-wang-yi/index.html'])).toEqual({ from: '2024-03-07', to: '2024-03-07' });
  });

  it('fails loudly on a shard without a conference or question page: its span would be made up', () => {
    expect(() => shardSpan([])).toThrow(/no conference or question page/);
    expect(() => shardSpan(['about/index.html'])).toThrow(/about\/index\.html/);
  });
});

describe('mayHold', () => {
  const span = { from: '2024-01-05', to: '2024-03-07' };

  it('rules a shard out when a date filter lists no day within its span', () => {
    expect(mayHold(span, { date: { any: ['2023-12-29', '2024-05-01'] } })).toBe(false);
    expect(mayHold(span, { date: { any: ['2023-12-29', '2024-01-05'] } })).toBe(true);
    expect(mayHold(span, { date: { any: ['2024-03-07'] } })).toBe(true);
    expect(mayHold(span, { date: '2024-03-08' })).toBe(false);
    expect(mayHold(span, { date: { all: ['2024-02-01', '2024-04-01'] } })).toBe(false);
  });

  it('rules a shard out when the conference filtered by was held outside its span', () => {
    expect(mayHold(span, { conference: '2024-03-07-wang-yi' })).toBe(true);
    expect(mayHold(span, { conference: '2024-05-01-wang-wenbin' })).toBe(false);
    expect(mayHold(span, { conference: '2024-01-04-mao-ning', outlet: '新华社' })).toBe(false);
  });

  it('cannot rule a shard out by the other filters, nor without a span', () => {
    expect(mayHold(span, {})).toBe(true);
    expect(mayHold(span, { outlet: '彭博社', answerer: '王毅' })).toBe(true);
    expect(mayHold(undefined, { date: { any: ['1999-01-01'] } })).toBe(true);
  });
});
