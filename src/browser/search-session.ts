// One search under way: its results read page by page, what its count can honestly say, and its
// cancellation when the reader types on or changes a filter.
import { holdsEvery } from '../shared/search/terms';
import type { Found, PagefindResultData } from './search-engine';

/** What a search's count can say: a number, and whether it is every result or only those known so far. */
export interface Count {
  count: number;
  /** Whether `count` is every result (else there are at least `count`). */
  exact: boolean;
  /** Whether older conferences are still being searched. */
  searching: boolean;
}

/** Thrown by a session's steps once a newer search has replaced it. */
export class Cancelled extends Error {
  constructor() {
    super('The search was replaced by a newer one.');
    this.name = 'Cancelled';
  }
}

/** A search under way; every step throws `Cancelled` once `cancel()` has been called. */
export interface Session {
  readonly cancelled: boolean;
  cancel(): void;
  /** Wait for something the search needs, then stop if the search was replaced meanwhile. */
  wait<T>(work: Promise<T>): Promise<T>;
  /** Give the search its results as they come (its terms folded alike, see `folder`). */
  begin(found: Found, terms: readonly string[], fold: (text: string) => string): void;
  /**
   * Read the next `count` results that hold every term whole, searching older shards if need be; or,
   * `soon`, as many of them as the shards searched so far give, once they give one: the first results
   * then show as soon as one shard has any, however small the newest shard.
   */
  next(count: number, options?: { soon?: boolean }): Promise<PagefindResultData[]>;
  /** Search the older shards that remain, one at a time, the page served in between; report after each. */
  searchRest(progress: () => void): Promise<void>;
  count(): Count;
  /** Tell whether there may be results beyond those read. */
  hasMore(): boolean;
}

/**
 * Start a search session. Pagefind lists the pages that hold a query's words, but a term must occur
 * whole (`holdsEvery`), which only reading a page can tell: until every listed page has been read,
 * the count says how many are known to match, as a lower bound.
 */
export function createSession(): Session {
  let cancelled = false;
  let found: Found | undefined;
  let folded: string[] = [];
  let fold = (text: string) => text;
  let read = 0;
  let kept = 0;
  const check = () => {
    if (cancelled) throw new Cancelled();
  };
  const started = () => {
    if (!found) throw new Error('The search session has not begun.');
    return found;
  };
  const session: Session = {
    get cancelled() {
      return cancelled;
    },
    cancel: () => {
      cancelled = true;
    },
    wait: async (work) => {
      const value = await work;
      check();
      return value;
    },
    begin: (results, terms, folder) => {
      [found, fold, folded] = [results, folder, terms.map(folder)];
    },
    next: async (count, { soon = false } = {}) => {
      const results = started();
      const batch: PagefindResultData[] = [];
      while (batch.length < count) {
        if (read === results.results.length) {
          if (results.complete || (soon && batch.length > 0)) break;
          await session.wait(results.next());
          continue;
        }
        const candidates = results.results.slice(read, read + count - batch.length);
        read += candidates.length;
        const pages = await session.wait(Promise.all(candidates.map((result) => result.data())));
        const matching = pages.filter((data) => holdsEvery(fold(data.content), folded));
        kept += matching.length;
        batch.push(...matching);
      }
      return batch;
    },
    searchRest: async (progress) => {
      const results = started();
      while (!results.complete) {
        await session.wait(new Promise((resolve) => setTimeout(resolve)));
        await session.wait(results.next());
        progress();
      }
    },
    count: () => {
      const results = started();
      // With nothing typed every listed page is a result; with terms, only those read are known to be.
      if (folded.length === 0) return { count: results.results.length, exact: results.complete, searching: !results.complete };
      return { count: kept, exact: results.complete && read === results.results.length, searching: !results.complete };
    },
    hasMore: () => {
      const results = started();
      return read < results.results.length || !results.complete;
    },
  };
  return session;
}
