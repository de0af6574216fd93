import { describe, expect, it } from 'vitest';
import type { Found, PagefindResult } from '../../src/browser/search-engine';
import { Cancelled, createSession } from '../../src/browser/search-session';

/** A listed page whose text is `content`. */
const page = (id: string, content: string): PagefindResult => ({ id, score: 1, words: [], data: async () => ({ url: `/${id}/`, content, meta: {}, anchors: [] }) });

/** Results listed shard by shard, as the newest-first search gives them. */
function shards(...lists: PagefindResult[][]): Found {
  const found: Found = {
    results: [],
    complete: lists.length === 0,
    next: async () => {
      found.results.push(...(lists.shift() ?? []));
      found.complete = lists.length === 0;
    },
  };
  return found;
}

const urls = (pages: { url: string }[]) => pages.map((data) => data.url);

describe('createSession', () => {
  it('reads results that hold every term whole, searching older shards for them', async () => {
    const session = createSession();
    session.begin(shards([page('a', '南海问题'), page('b', '南方海域')], [page('c', '南海'), page('d', '南海行为准则')]), ['南海'], (text) => text);
    expect(urls(await session.next(2))).toEqual(['/a/', '/c/']);
    expect(session.count()).toEqual({ count: 2, exact: false, searching: false });
    expect(session.hasMore()).toBe(true);
    expect(urls(await session.next(2))).toEqual(['/d/']);
    expect(session.count()).toEqual({ count: 3, exact: true, searching: false });
    expect(session.hasMore()).toBe(false);
  });

  it('reads, soon, only what the shards searched so far give, once they give one result', async () => {
    const session = createSession();
    session.begin(shards([page('a', '南方')], [page('b', '南海'), page('c', '南海')], [page('d', '南海')]), ['南海'], (text) => text);
    // The newest shard gives nothing: the next is searched; it gives two, and the oldest is left for later.
    expect(urls(await session.next(5, { soon: true }))).toEqual(['/b/', '/c/']);
    expect(session.count()).toEqual({ count: 2, exact: false, searching: true });
    expect(urls(await session.next(5))).toEqual(['/d/']);
  });

  it('counts every listed page when nothing is typed, exactly once every shard is searched', async () => {
    const session = createSession();
    session.begin(shards([page('a', ''), page('b', ''), page('c', '')], [page('d', '')]), [], (text) => text);
    expect(urls(await session.next(2))).toEqual(['/a/', '/b/']);
    expect(session.count()).toEqual({ count: 3, exact: false, searching: true });
    const reports: number[] = [];
    await session.searchRest(() => reports.push(session.count().count));
    expect(reports).toEqual([4]);
    expect(session.count()).toEqual({ count: 4, exact: true, searching: false });
  });

  it('says nothing was found, exactly, when no page holds the terms', async () => {
    const session = createSession();
    session.begin(shards([page('a', '南方')]), ['南海'], (text) => text);
    expect(await session.next(20)).toEqual([]);
    expect(session.count()).toEqual({ count: 0, exact: true, searching: false });
  });

  it('stops at its next step once cancelled', async () => {
    const session = createSession();
    session.begin(shards([page('a', '南海')]), ['南海'], (text) => text);
    const reading = session.next(1);
    session.cancel();
    await expect(reading).rejects.toBeInstanceOf(Cancelled);
    await expect(session.wait(Promise.resolve(1))).rejects.toBeInstanceOf(Cancelled);
    expect(session.cancelled).toBe(true);
  });
});
