/**
 * The vocabulary of a generated page's body, the one place it is written: the elements the splitter
 * writes (src/shared/mdx/pages.ts), the content schema checks (src/site/lib/content/body.ts) and the
 * site renders with a component of the same name (src/site/components/), and the attributes of each.
 */
import type { Role } from '../transcript/types';

/** The roles of a turn: the lead, an official's opening statement, the question, the answer, a host's line. */
export const TURN_ROLES = ['lead', 'opening', 'question', 'answer', 'host'] as const;
export type TurnRole = (typeof TURN_ROLES)[number];

/** The role of a turn in a question, from its speaker's role in the transcript. */
export const TURN_ROLE_OF: Readonly<Record<Role, TurnRole>> = { reporter: 'question', official: 'answer', host: 'host' };

/** One speaker's turn: the question, an answer, a host's line, the lead or an opening statement. */
export interface TurnAttributes {
  role: TurnRole;
  /** Who speaks: a name, or a title where no name is known. */
  speaker?: string;
  /** The speaker's title, where the label gives one besides the name. */
  title?: string;
  /** When the turn began, from a live-text time stamp. */
  time?: string;
  /** A questioner's follow-up or reply within the same question. */
  followUp?: boolean;
  /** A host turn after the last answer (the conference page places it after the questions). */
  closing?: boolean;
}

/** A paragraph with its stable id and where it starts in the transcript. */
export interface ParagraphAttributes {
  /** Stable anchor id (`a3`, src/shared/paragraph-id.ts). */
  id: string;
  /** Line of the transcript where the paragraph starts. */
  line: number;
  /** Lines a print page break moved the rest of the paragraph to. */
  continuedOn?: number[];
  /** The live-text time stamp printed before the paragraph. */
  time?: string;
  /** A paragraph in English in a Chinese transcript: a question asked in English, a quotation. */
  lang?: 'en';
}

/** The English translation printed after a paragraph (bilingual transcripts). */
export interface EnglishAttributes {
  /** The id of the Chinese paragraph this line translates. */
  for: string;
  /** Line of the transcript the translation is printed on. */
  line: number;
}

/** A marked slip of the printed text and its correction. */
export interface CorrectionAttributes {
  /** Id of the note that explains the correction (`c1`). */
  note: string;
  /** The changed characters as printed (empty when the correction only inserts). */
  original: string;
  /** The changed characters as they should read (empty when the correction only deletes). */
  corrected: string;
  /** The whole corrected passage, indexed for search: the paragraph itself keeps the printed text. */
  reading: string;
  /** Why it was corrected, shown on hover and focus. */
  reason: string;
}

/** The attributes of each element a generated page's body may hold, by the element's name. */
export interface ElementAttributes {
  Turn: TurnAttributes;
  Paragraph: ParagraphAttributes;
  English: EnglishAttributes;
  Correction: CorrectionAttributes;
}

/** The name of an element of a generated page's body, which is also the name of the component that renders it. */
export type ElementName = keyof ElementAttributes;
