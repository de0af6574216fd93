/**
 * Rows on one page of a speaker's or an outlet's list: about 9 KB gzip of rows, well within the
 * 60 KB a page may weigh (the bench measures every page).
 */
export const ROWS_PER_PAGE = 100;

/** Split a list into pages of at most `size` rows; an empty list is one empty page. */
export function paginate<Row>(rows: readonly Row[], size = ROWS_PER_PAGE): Row[][] {
  if (rows.length === 0) return [[]];
  return Array.from({ length: Math.ceil(rows.length / size) }, (_, index) => rows.slice(index * size, (index + 1) * size));
}
