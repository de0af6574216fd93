import { z } from 'astro/zod';
import type { BodyNode } from './body';

/** Someone who speaks for the officials' side in a page's turns, with the title the label gives them. */
export interface TurnSpeaker {
  /** The name as printed (or the title, where no name is known). */
  speaker: string;
  /** Whether they host (call on reporters) or speak as an official (open, answer, supplement). */
  role: 'official' | 'host';
  /** The title the label prints beside the name (`国家统计局新闻发言人`), when it gives one. */
  title?: string;
}

/** The speakers of a page's turns, as the content loader adds them to each entry's data. */
export const turnSpeakersSchema = z.array(
  z.object({
    speaker: z.string().min(1),
    role: z.enum(['official', 'host']),
    title: z.string().min(1).optional(),
  }),
);

/**
 * List who speaks for the officials' side in a page's body, each speaker, role and title once, in
 * order of first turn: the record of titles over time is read from these (the frontmatter names
 * people but not their titles).
 */
export function turnSpeakers(body: readonly BodyNode[]): TurnSpeaker[] {
  const found = new Map<string, TurnSpeaker>();
  const visit = (nodes: readonly BodyNode[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.name === 'Turn' && node.attributes.speaker && node.attributes.role !== 'question' && node.attributes.role !== 'lead') {
        const { speaker } = node.attributes;
        const title = node.attributes.title !== speaker ? node.attributes.title : undefined;
        const role = node.attributes.role === 'host' ? 'host' : 'official';
        const key = `${role}\u0000${speaker}\u0000${title ?? ''}`;
        if (!found.has(key)) found.set(key, { speaker, role, ...(title ? { title } : {}) });
      }
      visit(node.children);
    }
  };
  visit(body);
  return [...found.values()];
}
