/**
 * Names in the other script. OpenCC reads text as words, so a name next to a word, or a name
 * character that is also a word (于 "at", 范 "model", 占 "occupy"), comes out as the word would:
 * 于洪君 → 於洪君, 周岩 → 周巖. Names the splitter has learned are cut out of the text and
 * converted on their own, as names.
 */
import type { Conference } from '../../shared/transcript/types';
import { endsInTitle, isAnswerLabel, isHostLabel, isReporter, nameAndTitle } from '../transcript/labels';
import { compareText, escapeRegExp } from '../../shared/text';

/** Characters a name keeps as printed when they begin it, with the reason: surnames OpenCC takes for a word. */
export const SURNAME_CHARACTERS: ReadonlyMap<string, string> = new Map([
  ['于', 'the surname Yu is 于 in traditional script too; 於 is the preposition "at"'],
  ['范', 'the surname Fan is 范 in traditional script too; 範 means "model, scope"'],
  ['余', 'the surname Yu is 余 in traditional script too; 餘 means "remaining"'],
  ['干', 'the surname Gan is 干 in traditional script too; 幹 and 乾 are other words'],
  ['郁', 'the surname Yu is 郁 in traditional script too; 鬱 means "gloomy"'],
  ['朴', 'the Korean surname Park is 朴 in traditional script too; 樸 means "plain"'],
  ['咸', 'the surname Xian is 咸 in traditional script too; 鹹 means "salty"'],
  ['党', 'the surname Dang is 党 in traditional script too; 黨 means "party"'],
  ['涂', 'the surname Tu is 涂 in traditional script too; 塗 means "to smear"'],
  ['游', 'the surname You is 游 in traditional script too; 遊 means "to travel"'],
  ['种', 'the surname Chong is 种 in traditional script too; 種 means "kind, to plant"'],
]);

/** Characters a name keeps as printed wherever they stand in it, with the reason. */
export const GIVEN_NAME_CHARACTERS: ReadonlyMap<string, string> = new Map([
  ['岩', 'a name written 岩 stays 岩, a standard traditional character; OpenCC gives the variant 巖'],
  ['占', 'a name written 占 (as in 胡占凡) stays 占; 佔 means "to occupy"'],
]);

/** The names a conference's pages show: people, converted as names, and others (outlets) converted on their own. */
export interface LearnedNames {
  persons: readonly string[];
  others: readonly string[];
}

const PERSON_NAME = /^[\p{Script=Han}·]{2,12}$/u;

/** Tell whether a speaker's display name is a person's name rather than a title or a label. */
function isPersonName(text: string): boolean {
  return PERSON_NAME.test(text) && !isReporter(text) && !endsInTitle(text) && !isHostLabel(text) && !isAnswerLabel(text);
}

/** Collect the names the splitter learned of a conference: speakers, hosts, named reporters and outlets. */
export function namesOf(conference: Conference, outlets: Iterable<string> = []): LearnedNames {
  const turns = [...conference.opening, ...conference.questions.flatMap((question) => question.turns), ...conference.closing];
  const candidates = [
    ...conference.officials,
    ...conference.hosts,
    ...turns.flatMap((turn) => [turn.speaker, nameAndTitle(turn.label).name ?? '']),
    ...conference.questions.map((question) => nameAndTitle(question.questioner).name ?? ''),
  ];
  const persons = new Set(candidates.filter(isPersonName));
  const others = new Set([...conference.questions.flatMap((question) => (question.outlet ? [question.outlet] : [])), ...outlets]);
  return {
    persons: [...persons].sort(compareText),
    others: [...others].filter((name) => [...name].length >= 2 && !persons.has(name)).sort(compareText),
  };
}

/** Convert a person's name on its own, keeping the characters that OpenCC would read as words. */
export function convertName(name: string, convert: (text: string) => string): string {
  const printed = [...name];
  const converted = [...convert(name)];
  if (converted.length !== printed.length) return converted.join('');
  return converted
    .map((character, index) => {
      const source = printed[index] ?? '';
      return (index === 0 && SURNAME_CHARACTERS.has(source)) || GIVEN_NAME_CHARACTERS.has(source) ? source : character;
    })
    .join('');
}

/** Wrap a converter so that every learned name in a text is converted on its own, as a name. */
export function protectNames(convert: (text: string) => string, names: LearnedNames): (text: string) => string {
  const persons = new Set(names.persons);
  const all = [...new Set([...names.persons, ...names.others])].filter((name) => name.length > 0);
  if (all.length === 0) return convert;
  // Longest first, so 于洪君 wins over a shorter name inside it.
  const pattern = new RegExp(all.sort((left, right) => right.length - left.length || compareText(left, right)).map(escapeRegExp).join('|'), 'gu');
  const converted = new Map(all.map((name) => [name, persons.has(name) ? convertName(name, convert) : convert(name)]));
  return (text) => {
    let result = '';
    let from = 0;
    for (const match of text.matchAll(pattern)) {
      result += convert(text.slice(from, match.index)) + (converted.get(match[0]) ?? match[0]);
      from = match.index + match[0].length;
    }
    return from === 0 ? convert(text) : result + convert(text.slice(from));
  };
}
