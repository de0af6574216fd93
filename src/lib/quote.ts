/** What a quoted paragraph carries: the words and where they come from. */
export interface QuoteSource {
  text: string;
  speaker: string;
  /** Page title: topic and conference. */
  title: string;
  url: string;
}

/** Format a paragraph the way a journalist pastes it: the words, then speaker, source and link. */
export function formatQuote({ text, speaker, title, url }: QuoteSource): string {
  return `“${text}”\n——${speaker}，${title}\n${url}`;
}
