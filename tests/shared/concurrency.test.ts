import { describe, expect, it } from 'vitest';
import { createLimit, mapLimit } from '../../src/shared/concurrency';

/** A promise with its resolve function, to finish tasks in an order the test chooses. */
function deferred<Value = void>() {
  let resolve!: (value: Value) => void;
  const promise = new Promise<Value>((done) => (resolve = done));
  return { promise, resolve };
}

/** Let every pending promise callback run. */
const settle = () => new Promise((done) => setTimeout(done, 0));

describe('createLimit', () => {
  it('runs at most the given number of tasks at once, starting them in call order', async () => {
    const limit = createLimit(2);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const results = gates.map((gate, index) =>
      limit(async () => {
        started.push(index);
        await gate.promise;
        return index * 10;
      }),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    gates[1]?.resolve();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    gates[0]?.resolve();
    gates[2]?.resolve();
    gates[3]?.resolve();
    expect(await Promise.all(results)).toEqual([0, 10, 20, 30]);
  });

  it('hands a finished slot to a waiting task, not to a task started in between', async () => {
    const limit = createLimit(1);
    const gate = deferred();
    let running = 0;
    let most = 0;
    const task = async () => {
      running++;
      most = Math.max(most, running);
      await settle();
      running--;
    };
    const first = limit(() => gate.promise);
    const second = limit(task);
    gate.resolve();
    await first;
    // The slot passes to `second` while `third` is called in the same turn.
    const third = limit(task);
    await Promise.all([second, third]);
    expect(most).toBe(1);
  });

  it('frees the slot of a task that fails, and passes the failure on', async () => {
    const limit = createLimit(1);
    await expect(limit(() => Promise.reject(new Error('unreadable')))).rejects.toThrow('unreadable');
    expect(await limit(async () => 'next')).toBe('next');
  });

  it('starts thousands of waiting tasks in call order, with more called while the queue drains', async () => {
    const limit = createLimit(3);
    const started: number[] = [];
    const run = (index: number) =>
      limit(async () => {
        started.push(index);
        await settle();
        return index;
      });
    const first = Array.from({ length: 3000 }, (_, index) => run(index));
    await settle();
    const second = Array.from({ length: 3000 }, (_, index) => run(3000 + index));
    const results = await Promise.all([...first, ...second]);
    expect(results).toEqual(Array.from({ length: 6000 }, (_, index) => index));
    expect(started).toEqual(results);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a concurrency of %s', (concurrency) => {
    expect(() => createLimit(concurrency)).toThrow(RangeError);
  });
});

describe('mapLimit', () => {
  it('keeps the order of the items whatever order the work finishes in', async () => {
    const delays = [30, 0, 20, 10, 0];
    let running = 0;
    let most = 0;
    const results = await mapLimit(delays, 3, async (delay, index) => {
      running++;
      most = Math.max(most, running);
      await new Promise((done) => setTimeout(done, delay));
      running--;
      return `${index}:${delay}`;
    });
    expect(results).toEqual(['0:30', '1:0', '2:20', '3:10', '4:0']);
    expect(most).toBe(3);
  });
});
