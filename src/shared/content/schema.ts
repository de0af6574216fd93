import { z } from 'astro/zod';
import { correctionText, publicationSchema } from '../editorial/schema';
import { NOTE_ID, PART, paragraphIdPattern } from '../paragraph-id';

/** The two scripts every page is built in. */
export const scripts = ['zh-Hans', 'zh-Hant'] as const;
export type Script = (typeof scripts)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const conferenceId = z.string().regex(/^\d{4}-\d{2}-\d{2}-[\p{L}\p{N}-]+$/u, 'expected an id like 2024-03-07-wang-yi');

/** Where a page's text comes from in the raw transcript. */
const sourceSchema = z.object({
  /** Path of the transcript, relative to the project. */
  file: z.string().min(1),
  /** 1-based line where this page's text starts. */
  line: z.number().int().positive(),
});

/** Fields every generated page has. */
const pageSchema = z.object({
  /** Conference id, from the transcript's file name. */
  conference: conferenceId,
  /** Day of the conference. */
  date: isoDate,
  /** Script of this copy of the page. */
  script: z.enum(scripts),
  /** The script the transcript is printed in: pages in it show the text verbatim, the others are converted. */
  sourceScript: z.enum(scripts),
  source: sourceSchema,
  /** Hash of the generated file, to tell a hand edit from an out-of-date file. */
  hash: z.string().regex(/^[0-9a-f]{16}$/),
});

/** A country or region a page names: its ISO 3166 code or UN M49 area code (`002`), and its name in the page's script. */
const namedRegion = z.strictObject({
  code: z.string().regex(/^(?:[A-Z]{2}|\d{3})$/),
  name: z.string().min(1),
});

/** Frontmatter of a generated question page. */
export const questionSchema = pageSchema.extend({
  /** 1-based question number within the conference. */
  number: z.number().int().positive(),
  /** How many questions the conference's transcript holds. */
  questionCount: z.number().int().positive(),
  /** The questioner's label as printed, without the colon (`《人民日报》记者`); `记者` for `问`. */
  questioner: z.string().min(1),
  /** The outlet as printed: the label without `记者`; absent when the label names none. */
  outlet: z.string().min(1).optional(),
  /** The officials who answer, in order of their first turn (a supplement's speaker included). */
  answerers: z.array(z.string().min(1)).min(1),
  /** The outlet's English name, from editorial data. */
  outletEnglish: z.string().min(1).optional(),
  /** Short topic title: the page heading. */
  topic: z.string().min(1),
  /** Whether the topic was written by an editor (true) or derived from the question (false). */
  topicEdited: z.boolean(),
  /** First sentence of the question, for lists. */
  questionExcerpt: z.string().min(1),
  /** First sentence of the answer, for meta descriptions. */
  answerExcerpt: z.string().min(1),
  /**
   * The countries and regions the question names and those its answer names, each in the order
   * first named there: an ISO 3166 code or a UN M49 area (`145`), and the name in the page's script.
   */
  regions: z.strictObject({ question: z.array(namedRegion), answer: z.array(namedRegion) }),
  /** Slips in the printed source that the page marks as corrected, in reading order. */
  corrections: z.array(
    correctionText.extend({
      /** Note id the marked text links to (`c1`). */
      id: z.string().regex(NOTE_ID),
      /** Paragraph the slip is in. */
      paragraph: z.string().regex(paragraphIdPattern([PART.question, PART.answer, PART.host])),
    }),
  ),
}).refine((page) => page.number <= page.questionCount, {
  message: 'number is greater than questionCount',
});

/** Frontmatter of a generated conference page. */
export const conferenceSchema = pageSchema.extend({
  headline: z.string().min(1),
  /** The English title printed under the headline (bilingual briefings). */
  headlineEnglish: z.string().min(1).optional(),
  /** The dateline as printed (`新华社北京3月7日电`), when the transcript has one. */
  dateline: z.string().min(1).nullable(),
  /** The officials who speak, in order of their first turn. */
  officials: z.array(z.string().min(1)).min(1),
  /** The hosts or moderators. */
  hosts: z.array(z.string().min(1)),
  /** Where the transcript was published, from editorial data. */
  publication: publicationSchema.optional(),
  /** How many lines of portal noise, time stamps and editorial drops were left out of the text. */
  dropped: z.number().int().nonnegative(),
  /** The source and time lines a portal printed (`来源：新华网 2024-03-07 15:10:22`), kept as metadata. */
  sourceLines: z.array(z.string().min(1)),
  /** Lines of the source, left out of the text, that say part of the record is elsewhere (`（請同時參閱答問內容的英文部分。）`). */
  incomplete: z.array(z.string().min(1)).min(1).optional(),
  questionCount: z.number().int().positive(),
  /** How many questions were answered at the conference, when editorial data knows it. */
  questionsAnswered: z.number().int().positive().optional(),
  /** The print continuation marker, when the source goes on on another page. */
  continuation: z
    .object({ marker: z.string().min(1), page: z.string().min(1), line: z.number().int().positive() })
    .nullable(),
  /** Paragraphs re-joined across print page breaks: where each starts and resumes. */
  joins: z.array(z.object({ line: z.number().int().positive(), resumedOn: z.number().int().positive() })),
});

export type QuestionFrontmatter = z.infer<typeof questionSchema>;
export type ConferenceFrontmatter = z.infer<typeof conferenceSchema>;
