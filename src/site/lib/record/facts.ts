import type { ConferenceFrontmatter, QuestionFrontmatter } from '../../../shared/content/schema';
import type { TurnSpeaker } from '../content/turn-speakers';
import { compareText } from '../../../shared/text';

/** What the record across conferences reads of a conference: when, what, who hosts and who speaks with which title. */
export type RecordConference = Pick<ConferenceFrontmatter, 'conference' | 'date' | 'headline' | 'hosts' | 'officials'> & { speakers: readonly TurnSpeaker[] };

/** What the record across conferences reads of a question: where and when, its heading, who asks and who answers. */
export type RecordQuestion = Pick<
  QuestionFrontmatter,
  'conference' | 'date' | 'number' | 'questionCount' | 'topic' | 'questioner' | 'outlet' | 'outletEnglish' | 'answerers' | 'questionExcerpt' | 'answerExcerpt' | 'regions'
> & { speakers: readonly TurnSpeaker[] };

/** Order items newest first: newest day first, then by conference id (as the archive lists them), then in question order. */
export function newestFirst(left: { date: string; conference: string; number?: number }, right: { date: string; conference: string; number?: number }): number {
  return compareText(right.date, left.date) || compareText(left.conference, right.conference) || (left.number ?? 0) - (right.number ?? 0);
}
