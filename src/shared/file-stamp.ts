/**
 * Know a file unchanged from its status alone, without reading it: its status (inode, size,
 * modification and status-change times) is the one stamped, and that status last changed well
 * before the stamp was taken. Any write, move or touch changes the status-change time, which no one
 * can set back, so an unchanged status is an unchanged file. Pure: callers read the statuses.
 */

/**
 * How long before a stamp was taken a file's status must have changed for the stamp to vouch for it:
 * a file system keeps times in ticks of its clock, and a file written again within the tick in which
 * it was stamped would keep its status. Two seconds covers the coarsest clocks in use.
 */
const STATUS_MARGIN_MS = 2000;

/** Give a file's status as a stamp records it: inode, size, and modification and status-change times in nanoseconds. */
export function fileStatus(stats: { ino: bigint; size: bigint; mtimeNs: bigint; ctimeNs: bigint }): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

/**
 * Tell whether a stamp vouches for a file as it was stamped: the file's status is the one stamped,
 * and its status last changed well before the stamp was taken.
 * @param stampedAt when the stamp was taken (ms since the epoch); `changedNs` when the status last changed
 */
export function stampVouches(stamp: { status: string } | undefined, status: string, changedNs: bigint, stampedAt: number): boolean {
  return stamp !== undefined && stamp.status === status && changedNs < BigInt(Math.floor(stampedAt - STATUS_MARGIN_MS)) * 1_000_000n;
}
