import { defineCollection } from 'astro:content';
import { generatedPages } from './integrations/generated-pages-loader';
import { pageBodySchema } from './lib/content/body';
import { conferenceSchema, questionSchema } from './lib/content/schema';

const base = 'content/generated';
/** The generated pages come from these: a build that finds them but no pages fails. */
const sources = 'content/transcripts/*.txt';

/** One page per conference and script, written by `npm run split`: frontmatter and parsed body. */
const conferences = defineCollection({
  loader: generatedPages({ base, pattern: '*/*/index.mdx', sources }),
  schema: conferenceSchema.safeExtend({ body: pageBodySchema }),
});

/** One page per question and script, written by `npm run split`: frontmatter and parsed body. */
const questions = defineCollection({
  loader: generatedPages({ base, pattern: '*/*/[0-9]*.mdx', sources }),
  schema: questionSchema.safeExtend({ body: pageBodySchema }),
});

export const collections = { conferences, questions };
