/**
 * The body of a generated page as the content collections hold it: the tree of elements and text
 * that `src/lib/mdx/read.ts` reads from the MDX once, in the content loader, checked by this schema.
 * Kept generic (any element name, JSON attribute values) while the set of elements grows; the
 * components decide what each element means.
 */
import { z } from 'astro/zod';

/** An attribute value as the splitter writes it: a string, a number, or a JSON literal such as `[65]`. */
export type BodyAttribute = z.infer<ReturnType<typeof z.json>>;

/** A run of text or an element (`<Turn>`, `<Paragraph>`, `<Correction>`) of a generated page's body. */
export type BodyNode =
  | { type: 'text'; value: string }
  | { type: 'element'; name: string; attributes: Record<string, BodyAttribute>; children: BodyNode[] };

const NAME = /^[A-Za-z][\w.]*$/;

/** One node of a body: text, or an element with attributes and children. */
export const bodyNodeSchema: z.ZodType<BodyNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), value: z.string() }),
    z.object({
      type: z.literal('element'),
      name: z.string().regex(NAME, 'expected an element name such as Paragraph'),
      attributes: z.record(z.string().regex(NAME, 'expected an attribute name such as id'), z.json()),
      children: z.array(bodyNodeSchema),
    }),
  ]),
);

/** The body of a generated page: its top-level nodes, in order (a collection adds it with `schema.safeExtend({ body: pageBodySchema })`). */
export const pageBodySchema = z.array(bodyNodeSchema).min(1, 'the page has no body');

/** Give the parsed body of a generated page's collection entry. */
export function bodyOf(entry: { data: { body: BodyNode[] } }): BodyNode[] {
  return entry.data.body;
}
