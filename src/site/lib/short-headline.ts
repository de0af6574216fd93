// What a headline may carry that does not name the conference: the form of the text (`（实录）`,
// `文字实录`, `答问全文（附图／短片）`) and the ranks before an official's name (`中共中央政治局委员、`).
const FORM = /(?:（(?:实录|實錄|全文|附图／短片|附圖／短片)）|文字实录|文字實錄|实录|實錄|全文)+$/u;
const RANKS = /^[^，。：；“”「」《》（）\s]+、(?=[^、]{2,}(?:就|答|在|举行|舉行|出席))/u;

/** Shorten a conference's headline to what names it (`中共中央政治局委员、外交部长王毅就…提问` → `外交部长王毅就…提问`). */
export function shortHeadline(headline: string): string {
  const short = headline.replace(FORM, '').replace(RANKS, '').trim();
  return short || headline;
}
