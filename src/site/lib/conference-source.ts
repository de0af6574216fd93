import { datelineOf } from '../../shared/transcript/dateline';

/** What a conference page knows about where its transcript comes from. */
export interface ConferenceSourceData {
  dateline: string | null;
  publication?: { publication: string; url?: string; edition?: string };
}

/** Name who published a conference's transcript: the editorial publication, else the dateline's agency (`新华社`). */
export function publisherOf(data: ConferenceSourceData): string | undefined {
  return data.publication?.publication ?? (data.dateline ? datelineOf(data.dateline)?.agency : undefined);
}

/** Name a conference's source as readers see it: the publisher and, when known, the edition (`新华社印刷版`). */
export function sourceNameOf(data: ConferenceSourceData): string | undefined {
  const publisher = publisherOf(data);
  return publisher && `${publisher}${data.publication?.edition ?? ''}`;
}

/** Write a print marker with full-width brackets, as Chinese text sets them: `(下转第四版)` → `（下转第四版）`. */
export function fullWidthBrackets(text: string): string {
  return text.replace(/\(/g, '（').replace(/\)/g, '）');
}

/** Tell how many answered questions a partial transcript leaves out (0 when it is complete or the count is unknown). */
export function missingQuestions(data: { questionCount: number; questionsAnswered?: number }): number {
  return Math.max(0, (data.questionsAnswered ?? data.questionCount) - data.questionCount);
}
