import { defineCollection } from 'astro:content';
import { generatedPages } from './site/content/generated-pages-loader';
import { conferenceSchema, questionSchema } from './shared/content/schema';
import { turnSpeakersSchema } from './site/lib/content/turn-speakers';

const base = 'content/generated';
/** The generated pages come from these: a build that finds them but no pages fails. */
const sources = 'content/transcripts/*.txt';

/** One page per conference and script, written by `npm run split`: frontmatter and who speaks in its turns (the body is read when the page renders). */
const conferences = defineCollection({
  loader: generatedPages({ base, pattern: '*/*/index.mdx', sources }),
  schema: conferenceSchema.safeExtend({ speakers: turnSpeakersSchema }),
});

/** One page per question and script, written by `npm run split`: frontmatter and who speaks in its turns (the body is read when the page renders). */
const questions = defineCollection({
  loader: generatedPages({ base, pattern: '*/*/[0-9]*.mdx', sources }),
  schema: questionSchema.safeExtend({ speakers: turnSpeakersSchema }),
});

export const collections = { conferences, questions };
