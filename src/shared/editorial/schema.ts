import { z } from 'astro/zod';
import { PART, paragraphIdPattern } from '../paragraph-id';

/** What a correction says, in the editorial file and in the frontmatter of the page that shows it. */
export const correctionText = z.object({
  /** The text as printed: long enough to occur exactly once in the paragraph or question. */
  original: z.string().min(1),
  /** The same passage as it should read. */
  corrected: z.string().min(1),
  /** Why it is a slip, in Chinese, shown to readers. */
  reason: z.string().min(1),
  /** The other published transcripts that attest the corrected wording. */
  source: z.string().min(1),
});

/** Where a transcript was published: the publication, the original's address, its page or edition. */
export const publicationSchema = z
  // Only http(s): the address becomes a link, and `javascript:` would run when clicked.
  .object({ publication: z.string().min(1), url: z.url({ protocol: /^https?$/, error: 'expected an http(s) address' }).optional(), edition: z.string().min(1).optional() })
  .strict();

/** One slip in the printed source, corrected on the page but never in the raw file. */
export const correctionSchema = correctionText.extend({
  /** The question the slip is in. */
  question: z.number().int().positive(),
  /** The paragraph id (`a5`) when the original text occurs in more than one paragraph. */
  paragraph: z.string().regex(paragraphIdPattern([PART.question, PART.answer])).optional(),
}).refine((correction) => correction.original !== correction.corrected, {
  message: 'original and corrected are the same text',
});

/** A person the editorial file declares for a label: their name, title and role. */
export const declaredSpeakerSchema = z
  .object({
    /** The name as printed (or a title, when no name is given anywhere). */
    name: z.string().min(1),
    /** The title shown with the name. */
    title: z.string().min(1).optional(),
    /** What part they play: officials answer, hosts give the floor, reporters ask. */
    role: z.enum(['official', 'host', 'reporter']).optional(),
  })
  .strict();

/**
 * A mapping keyed by transcript text, read as a Map so that keys like `constructor` and `__proto__`
 * stay data (a plain object would take `__proto__` as its prototype and lose the entry).
 */
const textMap = <Value extends z.ZodType>(key: z.ZodString, value: Value) =>
  z.preprocess(
    (data) => (data !== null && typeof data === 'object' && !Array.isArray(data) && !(data instanceof Map) ? new Map(Object.entries(data)) : data),
    z.map(key, value),
  ).default(new Map());

/** Editorial data for one conference: kept apart from the raw transcript, never rewritten by scripts. */
export const editorialSchema = z.object({
  /** The script the transcript is printed in, when detection should not decide. */
  script: z.enum(['zh-Hans', 'zh-Hant']).optional(),
  /** The regional standard of a traditional source: Hong Kong or Taiwan characters. */
  variant: z.enum(['hk', 'tw']).optional(),
  /** Labels or names of the hosts, when the label does not say `主持人`. */
  hosts: z.array(z.string().min(1)).default([]),
  /**
   * Who speaks under a label, keyed by the label as printed: a name (`答: 高远`), or a name with a title
   * and a role. Each key is also a label form, read as a speaker's wherever a line starts with it.
   */
  speakers: textMap(z.string().min(1), z.union([z.string().min(1), declaredSpeakerSchema])),
  /** Text before a colon that is not a speaker's label (`我想强调三点`), read as part of the paragraph. */
  notSpeakers: z.array(z.string().min(1)).default([]),
  /** Whole lines that are headings, kept out of the questions and answers. */
  headings: z.array(z.string().min(1)).default([]),
  /** Starts of paragraphs that tell of a question (`有记者问到…`) but are the speaker's own words. */
  notQuestions: z.array(z.string().min(1)).default([]),
  /** Lines that start a question though no reporter's label says so, and who asks. */
  questionStarts: z.array(z.object({ startsWith: z.string().min(1), questioner: z.string().min(1) }).strict()).default([]),
  /** The first line of a tail to leave out, with everything after it (a reprint's footer). */
  dropFrom: z.object({ text: z.string().min(1), reason: z.string().min(1) }).strict().optional(),
  /** The outlet of a question whose label names none (`記者`), by question number. */
  questionOutlets: textMap(z.string().regex(/^\d+$/, 'expected a question number such as "4"'), z.string().min(1)),
  /** Lines of the transcript to leave out, each with its reason: a whole line, or every line that starts so. */
  drop: z
    .array(z.union([z.object({ text: z.string().min(1), reason: z.string().min(1) }).strict(), z.object({ startsWith: z.string().min(1), reason: z.string().min(1) }).strict()]))
    .default([]),
  /** Where the transcript was published: the original's address, the publication, its page or edition. */
  source: publicationSchema.optional(),
  /** How many questions were answered at the conference, when the print text holds fewer. */
  questionsAnswered: z.number().int().positive().optional(),
  /** English names of outlets, keyed by the outlet as printed (label without `记者`). */
  outlets: textMap(z.string(), z.string().min(1)),
  /** A short topic title per question number, used as the page heading. */
  topics: textMap(z.string().regex(/^\d+$/, 'expected a question number such as "4"'), z.string().min(1)),
  corrections: z.array(correctionSchema).default([]),
}).strict();

export type Editorial = z.infer<typeof editorialSchema>;
export type Correction = z.infer<typeof correctionSchema>;
