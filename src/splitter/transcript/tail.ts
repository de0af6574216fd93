import type { NumberedLine } from './lines';

/**
 * A reprint's tail: what a WeChat account or a portal prints after the record (`推荐阅读` and the titles
 * under it, `版权声明`, `阅读原文`, `往期回顾`). Everything from its first line on is left out.
 */

// A line that opens a tail: a heading of links to other articles, a copyright notice, a link back.
const TAIL_START =
  /^[-—－=【\[［\s]{0,4}(?:推荐阅读|推薦閱讀|相关阅读|相關閱讀|延伸阅读|延伸閱讀|往期回顾|往期回顧|往期推荐|往期推薦|精彩推荐|精彩推薦|相关新闻|相關新聞|相关链接|相關鏈接|相關連結|热点推荐|熱點推薦|更多精彩|版权声明|版權聲明|免责声明|免責聲明|郑重声明|鄭重聲明|(?:点击)?阅读原文|(?:點擊)?閱讀原文)[】\]］\s:：|-—－=]{0,4}.{0,60}$/u;

/** Tell whether a line opens a reprint's tail. */
export function opensTail(text: string): boolean {
  return TAIL_START.test(text);
}

/**
 * Find where a reprint's tail starts: the first line that opens one after which no line is a question
 * (a tail never holds the record), or the end.
 * @param asks whether a line starts a reporter's turn
 */
export function tailStart(lines: readonly NumberedLine[], asks: (text: string) => boolean): number {
  let lastQuestion = -1;
  lines.forEach((numbered, index) => {
    if (asks(numbered.text)) lastQuestion = index;
  });
  const start = lines.findIndex((numbered, index) => index > lastQuestion && opensTail(numbered.text));
  return start < 0 ? lines.length : start;
}
