/**
 * Dates as the site writes them. A module of its own, apart from src/shared/text.ts: the quote script
 * needs this and the search script the text helpers, and a module both import would become a chunk
 * the search dialog waits for.
 */

/** Write an ISO date the Chinese way (`2024-03-07` → `2024年3月7日`). */
export function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
