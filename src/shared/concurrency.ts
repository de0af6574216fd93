/**
 * Run asynchronous work with at most a given number of tasks in flight: reading a few thousand
 * files at once exhausts the process's file descriptors (EMFILE).
 */

/** A function that runs a task when a slot is free and resolves with the task's result. */
export type Limit = <Result>(task: () => Promise<Result>) => Promise<Result>;

/** Make a limiter that lets at most `concurrency` tasks run at the same time, started in call order. */
export function createLimit(concurrency: number): Limit {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, not ${concurrency}`);
  // Read from `head` rather than shifted: shifting a queue of many thousand waiting tasks copies it
  // each time (listing a large build's folders queued 250,000 of them).
  let waiting: (() => void)[] = [];
  let head = 0;
  let running = 0;

  // A finishing task hands its slot straight to the next waiting one, so a task started in between
  // cannot take it as well.
  const release = () => {
    const next = waiting[head];
    if (!next) {
      running--;
      return;
    }
    waiting[head++] = undefined as never;
    // Drop the part already taken once it is most of the array, so a long run does not keep it.
    if (head > 1024 && head * 2 > waiting.length) {
      waiting = waiting.slice(head);
      head = 0;
    }
    next();
  };

  return async (task) => {
    if (running < concurrency) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      release();
    }
  };
}

/** Map every item through `work` with at most `concurrency` calls in flight; results keep the items' order. */
export function mapLimit<Item, Result>(items: readonly Item[], concurrency: number, work: (item: Item, index: number) => Promise<Result>): Promise<Result[]> {
  const limit = createLimit(concurrency);
  return Promise.all(items.map((item, index) => limit(() => work(item, index))));
}
