import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { conferenceSchema, questionSchema } from './lib/content/schema';

const base = './content/generated';

/** One page per conference and script, written by `npm run split`. */
const conferences = defineCollection({
  loader: glob({ base, pattern: '*/*/index.mdx' }),
  schema: conferenceSchema,
});

/** One page per question and script, written by `npm run split`. */
const questions = defineCollection({
  loader: glob({ base, pattern: '*/*/[0-9]*.mdx' }),
  schema: questionSchema,
});

export const collections = { conferences, questions };
