import type { DroppedText } from './noise';

/** An English translation printed after a Chinese paragraph (bilingual transcripts). */
export interface EnglishLine {
  text: string;
  line: number;
}

/** One paragraph of the source, re-joined across print page breaks. */
export interface SourceParagraph {
  /**
   * Stable anchor id: `d1` lead, `o1` opening turns, `q1` questioner, `a1` officials' answers,
   * `h1` host within a question, `e1` closing turns.
   */
  id: string;
  /** The paragraph text as printed, speaker label and noise removed. */
  text: string;
  /** 1-based line in the source where the paragraph starts. */
  line: number;
  /** Lines of the pieces joined into this paragraph after the first (print page breaks). */
  continuedOn: number[];
  /** Its English translation, when the transcript is bilingual. */
  english: EnglishLine[];
  /** The paragraph is itself in English (a question asked in English). */
  lang?: 'en';
  /** A live-text time stamp that ended the paragraph (`10:32`). */
  time?: string;
}

/** Who a speaker is at the conference. */
export type Role = 'reporter' | 'official' | 'host';

/** What a speaker says without interruption: one labelled run of paragraphs. */
export interface Turn {
  role: Role;
  /** The label as printed, without brackets or colon (`主持人 许岚`, `答`). */
  label: string;
  /** Who speaks, as shown: the name where it is known, else the title or label. */
  speaker: string;
  /** The speaker's title, when the label or the intro gives one. */
  title?: string;
  line: number;
  /** The time the turn began, from a live-text time stamp. */
  time?: string;
  paragraphs: SourceParagraph[];
}

/** A print page break that cut a paragraph in two, re-joined by the parser. */
export interface PageBreakJoin {
  /** Line where the cut paragraph starts. */
  line: number;
  /** Line where its remainder resumes. */
  resumedOn: number;
}

/** The `(下转第四版)` note: the print text goes on on another page. */
export interface Continuation {
  /** The marker exactly as printed. */
  marker: string;
  /** The page it points to, as printed (`四`). */
  page: string;
  line: number;
}

/** A dateline such as `新华社北京3月7日电`, parsed. */
export interface Dateline {
  /** The dateline prefix as printed (`新华社北京3月7日电`). */
  label: string;
  agency: string;
  place: string;
  year?: number;
  month?: number;
  day: number;
}

/** One question of a conference with its answer. */
export interface Question {
  /** 1-based ordinal in the transcript. */
  number: number;
  /** The questioner's label as printed, without the colon (`《人民日报》记者`); `记者` for `问`. */
  questioner: string;
  /** The outlet: the label without `记者` (`《人民日报》`); absent when the label names none (`记者`, `问`). */
  outlet?: string;
  line: number;
  /** Every turn in order: the question, follow-ups, answers by one or more officials, host lines. */
  turns: Turn[];
  /** The questioner's paragraphs (`q1`, …), in order: the question and any follow-up. */
  question: SourceParagraph[];
  /** The officials' paragraphs (`a1`, …), in order, whoever speaks. */
  answer: SourceParagraph[];
  /** The officials who answer, by display name, in order of first turn. */
  answerers: string[];
}

/** A whole transcript, parsed. */
export interface Conference {
  /** Lower-case id from the file name (`2024-03-07-wang-yi`). */
  id: string;
  /** ISO date from the file name. */
  date: string;
  /** The source file's name as given to the parser. */
  file: string;
  headline: { text: string; line: number; english?: string };
  dateline: Dateline | null;
  /** Unlabelled paragraphs before the first speaker (the dateline paragraph, an intro). */
  lead: SourceParagraph[];
  /** Turns before the first question: a host's opening, officials' statements, announcements. */
  opening: Turn[];
  questions: Question[];
  /** Host turns after the last answer. */
  closing: Turn[];
  /** Officials who speak, by display name, in order of first turn. */
  officials: string[];
  /** Hosts, by display name. */
  hosts: string[];
  joins: PageBreakJoin[];
  continuation: Continuation | null;
  /** Lines left out of the text: portal noise, time stamps, lines an editorial file drops. */
  dropped: DroppedText[];
}
