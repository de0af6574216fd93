import type { Script } from '../../shared/content/schema';
import { buildGazetteer, regionsNamedIn, type Gazetteer } from './gazetteer';

/** A country or region named, with its name in each script. */
export interface NamedRegion {
  code: string;
  names: Record<Script, string>;
}

/** The regions a question names and those its answer names, each in the order first named there. */
export interface RegionMentions {
  question: NamedRegion[];
  answer: NamedRegion[];
}

/** Finds the regions a question and its answer name. */
export type MentionFinder = (question: { question: readonly { text: string }[]; answer: readonly { text: string }[] }) => RegionMentions;

/**
 * Make the finder of the regions each question names, the gazetteer built once. Each region is
 * named in both scripts by CLDR's short simplified name (`香港`) and its traditional form as the
 * pages convert text.
 */
export function mentionFinder(toTraditional: (text: string) => string): MentionFinder {
  const gazetteer = buildGazetteer(toTraditional);
  const names = new Map<string, NamedRegion>();
  const named = (code: string) => {
    let entry = names.get(code);
    if (!entry) {
      const short = gazetteer.regions.get(code)?.short ?? code;
      entry = { code, names: { 'zh-Hans': short, 'zh-Hant': toTraditional(short) } };
      names.set(code, entry);
    }
    return entry;
  };
  return (question) => ({ question: namedIn(question.question, gazetteer).map(named), answer: namedIn(question.answer, gazetteer).map(named) });
}

/** The regions some paragraphs name, in order; a name never runs from one paragraph into the next. */
function namedIn(paragraphs: readonly { text: string }[], gazetteer: Gazetteer): string[] {
  return regionsNamedIn(paragraphs.map((paragraph) => paragraph.text).join('\n'), gazetteer);
}
