import { describe, expect, it } from 'vitest';
import { fileStatus, stampVouches } from '../../src/shared/file-stamp';

const STAMPED_AT = Date.UTC(2026, 0, 1);

describe('stampVouches', () => {
  const stamp = { status: fileStatus({ ino: 7n, size: 120n, mtimeNs: 5n, ctimeNs: 9n }) };
  const msInNs = (ms: number) => BigInt(ms) * 1_000_000n;

  it('vouches for a file whose status is the one stamped and changed well before the stamp', () => {
    expect(stampVouches(stamp, stamp.status, msInNs(STAMPED_AT - 60_000), STAMPED_AT)).toBe(true);
  });

  it.each([
    ['another inode (the page was replaced)', { ino: 8n, size: 120n, mtimeNs: 5n, ctimeNs: 9n }],
    ['another size', { ino: 7n, size: 121n, mtimeNs: 5n, ctimeNs: 9n }],
    ['another modification time', { ino: 7n, size: 120n, mtimeNs: 6n, ctimeNs: 9n }],
    ['another status-change time (a time put back)', { ino: 7n, size: 120n, mtimeNs: 5n, ctimeNs: 10n }],
  ])('does not vouch for a file with %s', (_name, stats) => {
    expect(stampVouches(stamp, fileStatus(stats), msInNs(STAMPED_AT - 60_000), STAMPED_AT)).toBe(false);
  });

  it('does not vouch for a file whose status changed about when it was stamped: a write in the same clock tick keeps the status', () => {
    for (const changed of [STAMPED_AT - 1_000, STAMPED_AT, STAMPED_AT + 1_000]) expect(stampVouches(stamp, stamp.status, msInNs(changed), STAMPED_AT)).toBe(false);
  });

  it('does not vouch without a stamp', () => {
    expect(stampVouches(undefined, stamp.status, 0n, STAMPED_AT)).toBe(false);
  });
});
