/**
 * The body of a generated page: the tree of elements and text that `src/site/lib/mdx/read.ts` reads from
 * the MDX, checked by this schema (see src/site/lib/content/page-file.ts).
 * Each element's attributes are checked by its name, so components receive typed props.
 */
import { z } from 'astro/zod';
import { TURN_ROLES, type ElementAttributes, type ElementName } from '../../../shared/mdx/elements';
import { NOTE_ID, paragraphIdPattern } from '../../../shared/paragraph-id';

const text = z.string();
const lineNumber = z.number().int().positive();
const paragraphId = z.string().regex(paragraphIdPattern(), 'expected a paragraph id such as a3');

/** The attributes of each element a generated page may hold (src/shared/mdx/elements.ts), as `src/shared/mdx/pages.ts` writes them. */
export const elementAttributes = {
  /** One speaker's turn: the question, an answer, a host's line, the lead or an opening statement. */
  Turn: z.strictObject({
    role: z.enum(TURN_ROLES),
    speaker: text.optional(),
    title: text.optional(),
    time: text.optional(),
    followUp: z.boolean().optional(),
    closing: z.boolean().optional(),
  }),
  /** A paragraph with its stable id and where it starts in the transcript. */
  Paragraph: z.strictObject({
    id: paragraphId,
    line: lineNumber,
    continuedOn: z.array(lineNumber).optional(),
    time: text.optional(),
    /** A paragraph in English in a Chinese transcript: a question asked in English, a quotation. */
    lang: z.literal('en').optional(),
  }),
  /** The English translation printed after a paragraph (bilingual transcripts). */
  English: z.strictObject({ for: paragraphId, line: lineNumber }),
  /** A marked slip of the printed text and its correction. */
  Correction: z.strictObject({ note: z.string().regex(NOTE_ID), original: text, corrected: text, reading: text, reason: text }),
} satisfies { [Name in ElementName]: z.ZodType<ElementAttributes[Name]> };

type Attributes = { [Name in ElementName]: z.infer<(typeof elementAttributes)[Name]> };

/** A run of text or an element of a generated page's body, its attributes typed by its name. */
export type BodyNode =
  | { type: 'text'; value: string }
  | { [Name in ElementName]: { type: 'element'; name: Name; attributes: Attributes[Name]; children: BodyNode[] } }[ElementName];

const element = <Name extends ElementName>(name: Name) =>
  z.object({
    type: z.literal('element'),
    name: z.literal(name),
    attributes: elementAttributes[name],
    get children() {
      return z.array(bodyNodeSchema);
    },
  });

/**
 * One node of a body: text, or one of the elements the site renders. Chosen by its `type`, then its
 * `name`, rather than tried against each kind in turn: twice as fast on a build's 30,000 pages.
 */
export const bodyNodeSchema: z.ZodType<BodyNode> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), value: z.string() }),
  z.discriminatedUnion('name', [element('Turn'), element('Paragraph'), element('English'), element('Correction')]),
]) as z.ZodType<BodyNode>;

/** The body of a generated page: its top-level nodes, in order (a collection adds it with `schema.safeExtend({ body: pageBodySchema })`). */
export const pageBodySchema = z.array(bodyNodeSchema).min(1, 'the page has no body');

/** Tell whether a node is a host's turn after the last answer, which pages place after the questions. */
export function isClosing(node: BodyNode): boolean {
  return node.type === 'element' && node.name === 'Turn' && node.attributes.closing === true;
}
