/** One paragraph of the source, re-joined across print page breaks. */
export interface SourceParagraph {
  /** Stable anchor id: `d1` lead, `o1` opening remarks, `q1` question, `a1` answer. */
  id: string;
  /** The paragraph text as printed, speaker label removed. */
  text: string;
  /** 1-based line in the source where the paragraph starts. */
  line: number;
  /** Lines of the pieces joined into this paragraph after the first (print page breaks). */
  continuedOn: number[];
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

/** The `新华社北京3月7日电` dateline, parsed. */
export interface Dateline {
  /** The dateline prefix as printed (`新华社北京3月7日电`). */
  label: string;
  agency: string;
  place: string;
  month: number;
  day: number;
}

/** One question of a conference with its answer. */
export interface Question {
  /** 1-based ordinal in the transcript. */
  number: number;
  /** The label as printed, without the colon (`《人民日报》记者`). */
  questioner: string;
  /** The outlet: the label without `记者` (`《人民日报》`). */
  outlet: string;
  line: number;
  question: SourceParagraph[];
  answer: SourceParagraph[];
}

/** A whole transcript, parsed. */
export interface Conference {
  /** Lower-case id from the file name (`2024-03-07-wang-yi`). */
  id: string;
  /** ISO date from the file name. */
  date: string;
  /** The source file's name as given to the parser. */
  file: string;
  headline: { text: string; line: number };
  dateline: Dateline;
  /** The dateline paragraph and any unlabelled paragraphs before the first speaker. */
  lead: SourceParagraph[];
  /** The one speaker who is not a reporter (minister or spokesperson). */
  answerer: string;
  opening: SourceParagraph[];
  questions: Question[];
  joins: PageBreakJoin[];
  continuation: Continuation | null;
}
