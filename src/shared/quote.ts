import type { Script } from './content/schema';
import { chineseDate } from './chinese-date';

/** What a quoted paragraph carries: the words and where they come from. */
export interface QuoteSource {
  /** The paragraph as it reads corrected, without its controls. */
  text: string;
  /** The page's script: it decides the quotation marks. */
  script: Script;
  /** The words are an English line: quoted in English marks (“…”, ‘…’ inside), whatever the page's script. */
  english?: boolean | undefined;
  /** Who speaks in the paragraph's turn; none for a dateline or lead paragraph. */
  speaker?: string | null | undefined;
  /** The conference's headline. */
  conference?: string | undefined;
  /** Day of the conference, as YYYY-MM-DD. */
  date?: string | undefined;
  /** Who published the transcript (`新华社`), when the page says. */
  source?: string | undefined;
  /** Address of the paragraph. */
  url: string;
  /** An editor's note on the corrections marked in the words, when there are any. */
  note?: string | undefined;
}

/**
 * Mark one correction in quoted words the way Chinese editions mark an editor's emendation: the
 * characters as printed in （）, the reading put in their place in 〔〕 (`总是（是）〔说〕一套`), so the
 * quote keeps the printed text and shows what was changed. An insertion is 〔〕 alone, a deletion （） alone.
 */
export function markCorrection(printed: string, corrected: string): string {
  return `${printed ? `（${printed}）` : ''}${corrected ? `〔${corrected}〕` : ''}`;
}

/** The quotation marks a text may hold: the simplified outer and inner pairs, then the traditional ones. */
const MARKS = '“”‘’「」『』';
/** What each of MARKS becomes one level in, by script: the script's inner pair for an outer mark, its outer pair for an inner one. */
const NESTED: Record<Script, string> = { 'zh-Hans': '‘’“”‘’“”', 'zh-Hant': '『』「」『』「」' };

/**
 * Move the quotation marks inside a text one level in, for a text that is itself being quoted:
 * outer marks (“” or 「」) become the script's inner pair, inner marks its outer pair.
 * An apostrophe between Latin letters (`China’s`) is left alone.
 */
export function nestQuotes(text: string, script: Script): string {
  return text.replace(/[“”‘’「」『』]/g, (mark, offset: number) =>
    /[a-z]’[a-z]/i.test(text.slice(offset - 1, offset + 2)) ? mark : NESTED[script][MARKS.indexOf(mark)]!,
  );
}

/** Format a paragraph the way a journalist pastes it: the words in the script's marks, who said them where and when, a note on corrections, and the link. */
export function formatQuote({ text, script, english = false, speaker, conference, date, source, url, note }: QuoteSource): string {
  // English nests its marks as simplified Chinese does.
  const marks: Script = english ? 'zh-Hans' : script;
  const outer = marks === 'zh-Hant' ? '「」' : '“”';
  // A headline's own book-title marks become the inner pair inside 《…》.
  const title = conference?.trim() && `《${conference.trim().replace(/《/g, '〈').replace(/》/g, '〉')}》`;
  const credit = [speaker?.trim(), title, source?.trim(), date && chineseDate(date)].filter(Boolean).join('，');
  return [`${outer[0]}${nestQuotes(text.trim(), marks)}${outer[1]}`, credit && `——${credit}`, note?.trim(), url].filter(Boolean).join('\n');
}
