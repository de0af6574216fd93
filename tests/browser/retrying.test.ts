import { describe, expect, it } from 'vitest';
import { retrying } from '../../src/browser/retrying';

describe('retrying', () => {
  it('loads once and keeps what it loaded', async () => {
    const attempts: number[] = [];
    const load = retrying(async (attempt) => (attempts.push(attempt), 'data'));
    expect(await Promise.all([load(), load()])).toEqual(['data', 'data']);
    expect(await load()).toBe('data');
    expect(attempts).toEqual([0]);
  });

  it('tries again after a failure, and keeps the first success', async () => {
    const attempts: number[] = [];
    const load = retrying(async (attempt) => {
      attempts.push(attempt);
      if (attempt === 0) throw new Error('offline');
      return `attempt ${attempt}`;
    });
    await expect(load()).rejects.toThrow('offline');
    expect(await load()).toBe('attempt 1');
    expect(await load()).toBe('attempt 1');
    expect(attempts).toEqual([0, 1]);
  });
});
