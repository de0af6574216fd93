import type { Script } from '../../shared/content/schema';
import { buildGazetteer, regionsNamedIn, type Gazetteer } from './gazetteer';

/** A country or region a question page names, where it names it, and its name in each script. */
export interface RegionMention {
  code: string;
  names: Record<Script, string>;
  /** Named in the question (or a follow-up). */
  question: boolean;
  /** Named in an answer. */
  answer: boolean;
}

/** Finds the regions a question and its answer name. */
export type MentionFinder = (question: { question: readonly { text: string }[]; answer: readonly { text: string }[] }) => RegionMention[];

/**
 * Make the finder of the regions each question names, the gazetteer built once. Regions are given
 * in the order first named, the question's before the answer's; each is named in both scripts by
 * CLDR's short simplified name (`香港`) and its traditional form as the pages convert text.
 */
export function mentionFinder(toTraditional: (text: string) => string): MentionFinder {
  const gazetteer = buildGazetteer(toTraditional);
  const names = new Map<string, Record<Script, string>>();
  const namesOf = (code: string) => {
    let entry = names.get(code);
    if (!entry) {
      const short = gazetteer.regions.get(code)?.short ?? code;
      entry = { 'zh-Hans': short, 'zh-Hant': toTraditional(short) };
      names.set(code, entry);
    }
    return entry;
  };
  return (question) => {
    const inQuestion = namedIn(question.question, gazetteer);
    const inAnswer = namedIn(question.answer, gazetteer);
    return [...new Set([...inQuestion, ...inAnswer])].map((code) => ({ code, names: namesOf(code), question: inQuestion.includes(code), answer: inAnswer.includes(code) }));
  };
}

function namedIn(paragraphs: readonly { text: string }[], gazetteer: Gazetteer): string[] {
  return regionsNamedIn(paragraphs.map((paragraph) => paragraph.text).join('\n'), gazetteer);
}
