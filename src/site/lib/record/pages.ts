/**
 * Rows on one page of a list: about 9 KB gzip of rows, well within the 60 KB a page may weigh (the
 * bench measures every page).
 */
export const ROWS_PER_PAGE = 100;

/** Split a list into pages of at most `size` rows; an empty list is one empty page. */
export function paginate<Row>(rows: readonly Row[], size = ROWS_PER_PAGE): Row[][] {
  if (rows.length === 0) return [[]];
  return Array.from({ length: Math.ceil(rows.length / size) }, (_, index) => rows.slice(index * size, (index + 1) * size));
}

/** One page of a record's list (a speaker's answers, an outlet's questions): its rows, newest first. */
export interface RecordPage<Row> {
  rows: Row[];
  /** The page's block, counting from the oldest rows (`/speakers/王毅/3/` holds rows 201–300); null for the first page. */
  block: number | null;
  /** The number of its first row, counting from the oldest: the list counts down from it. */
  start: number;
}

/**
 * Split a record's list, newest first, into pages whose addresses keep their rows as the list grows:
 * counting from the oldest row, block k holds rows (k−1)·size+1 to k·size. The first page (the list's
 * own address) shows the newest rows, from the last full block on (size to 2·size − 1 rows), so a row
 * added to the list changes the first page alone, and, when a block fills, the page below it: an
 * archive that grows by a conference a day renders a few pages of each list again, not all of them.
 */
export function recordPages<Row>(newestFirst: readonly Row[], size = ROWS_PER_PAGE): RecordPage<Row>[] {
  const count = newestFirst.length;
  const full = Math.floor(count / size);
  if (full <= 1) return [{ rows: [...newestFirst], block: null, start: count }];
  const pages: RecordPage<Row>[] = [{ rows: newestFirst.slice(0, count - (full - 1) * size), block: null, start: count }];
  for (let block = full - 1; block >= 1; block--) pages.push({ rows: newestFirst.slice(count - block * size, count - (block - 1) * size), block, start: block * size });
  return pages;
}
