import { defineCollection } from 'astro:content';
import { generatedPages } from './integrations/generated-pages-loader';
import { conferenceSchema, questionSchema } from './lib/content/schema';

const base = 'content/generated';

/** One page per conference and script, written by `npm run split`. */
const conferences = defineCollection({
  loader: generatedPages({ base, pattern: '*/*/index.mdx' }),
  schema: conferenceSchema,
});

/** One page per question and script, written by `npm run split`. */
const questions = defineCollection({
  loader: generatedPages({ base, pattern: '*/*/[0-9]*.mdx' }),
  schema: questionSchema,
});

export const collections = { conferences, questions };
