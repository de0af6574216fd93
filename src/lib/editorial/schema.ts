import { z } from 'astro/zod';

/** One slip in the printed source, corrected on the page but never in the raw file. */
export const correctionSchema = z.object({
  /** The question the slip is in. */
  question: z.number().int().positive(),
  /** The paragraph id (`a5`) when the original text occurs in more than one paragraph. */
  paragraph: z.string().regex(/^[qa]\d+$/).optional(),
  /** The text as printed: long enough to occur exactly once in the paragraph or question. */
  original: z.string().min(1),
  /** The same passage as it should read. */
  corrected: z.string().min(1),
  /** Why it is a slip, in Chinese, shown to readers. */
  reason: z.string().min(1),
  /** The other published transcripts that attest the corrected wording. */
  source: z.string().min(1),
}).refine((correction) => correction.original !== correction.corrected, {
  message: 'original and corrected are the same text',
});

/** Editorial data for one conference: kept apart from the raw transcript, never rewritten by scripts. */
export const editorialSchema = z.object({
  /** How many questions were answered at the conference, when the print text holds fewer. */
  questionsAnswered: z.number().int().positive().optional(),
  /** English names of outlets, keyed by the outlet as printed (label without `记者`). */
  outlets: z.record(z.string(), z.string().min(1)).default({}),
  /** A short topic title per question number, used as the page heading. */
  topics: z.record(z.string().regex(/^\d+$/), z.string().min(1)).default({}),
  corrections: z.array(correctionSchema).default([]),
}).strict();

export type Editorial = z.infer<typeof editorialSchema>;
export type Correction = z.infer<typeof correctionSchema>;
