import { answeringTitleOf, endsInTitle, holdsHan, isAnswerLabel, isHostLabel, labelKey, nameAndTitle } from './labels';
import { holdsTitle, looksLikeName, nameBefore, namedPeopleIn, namedPeopleInEnglish, splitTitleAndName, surnameAndTitle, unnamedAnswererOf } from './names';
import type { Role } from '../../shared/transcript/types';

/**
 * The people a transcript knows: named with a title in the headline, the intro, a header block, a
 * titled label or the editorial file. Once a person is known, their bare name, their title alone or
 * title and name in either order is their label.
 */


/** One person who speaks, and what the text tells of them. */
export interface Person {
  /** One key per person: their name, or the title when no name is given. */
  key: string;
  name: string | null;
  titles: string[];
  /** A role the text states: a label or line that says `主持`, or the editorial file. */
  stated?: Role;
  /** A role the text suggests but the turn-taking may overrule: `X主持` in an intro. */
  hinted?: Role;
  /** Where the person was first learned of, for `--explain`. */
  source: string;
}

/** A person the editorial file declares for a label. */
export interface DeclaredSpeaker {
  name: string;
  title?: string;
  role?: Role;
}

/** What the text around the turns says about who speaks. */
export interface CastContext {
  headline: string;
  /** The intro and the values of a header block (`主持人：李明`). */
  intro: string;
  /** Hosts a header block or the intro names (`主持人：李明`, `由李明主持`). */
  hostNames: readonly string[];
  declared: ReadonlyMap<string, DeclaredSpeaker>;
  declaredHosts: readonly string[];
}

const HOSTS_FOLLOWING = /主持人[ \u3000]{0,2}(\p{Script=Han}{2,3})/gu;

/** Find the hosts an intro names: `由新闻局局长韦东主持`, `主持人李明`. */
export function hostsNamedIn(text: string): string[] {
  const before = [...text.matchAll(/主持(?!人)/gu)].map((match) => nameBefore(text, match.index)).filter((name) => name !== null);
  const after = [...text.matchAll(HOSTS_FOLLOWING)].map((match) => match[1] ?? '').filter((name) => looksLikeName(name));
  return [...new Set([...before, ...after])];
}

/** The people of one transcript, looked up by the labels they speak under. */
export class Cast {
  readonly people: Person[] = [];
  private readonly byName = new Map<string, Person>();
  private readonly answerer: Person | null;

  constructor(private readonly context: CastContext) {
    for (const [label, declared] of context.declared) {
      const person = this.learn(declared.name, declared.title ?? null, `editorial file (speakers: ${label})`);
      if (declared.role) person.stated = declared.role;
    }
    for (const host of context.declaredHosts) this.learnHost(host, 'host in the header block or editorial file').stated ??= 'host';
    for (const host of context.hostNames) this.learnHost(host, 'the intro says who hosts').hinted = 'host';
    const named = [...namedPeopleIn(context.headline), ...namedPeopleInEnglish(context.headline)];
    for (const { name, title } of named) this.learn(name, title, 'headline');
    for (const { name, title } of namedPeopleIn(context.intro)) this.learn(name, title, 'intro');
    this.answerer = this.answererOf(named);
  }

  private learnHost(host: string, source: string): Person {
    const parts = splitTitleAndName(labelKey(host)) ?? nameAndTitle(host);
    return this.learn(parts.name ?? host, parts.title, source);
  }

  /** Learn of a person, or of another title of one already known; give them. */
  learn(name: string | null, title: string | null, source: string): Person {
    const known = name ? this.byName.get(name) : this.people.find((person) => person.name === null && title !== null && person.titles.includes(title));
    if (known) {
      if (title && !known.titles.includes(title)) known.titles.push(title);
      return known;
    }
    const person: Person = { key: name ?? title ?? '', name, titles: title ? [title] : [], source };
    this.people.push(person);
    if (name) this.byName.set(name, person);
    return person;
  }

  /** Give the person a label stands for, learning them from a titled label, or null when the label names no one known. */
  resolve(label: string): Person | null {
    const key = labelKey(label);
    const declared = this.context.declared.get(label) ?? this.context.declared.get(key);
    if (declared) return this.learn(declared.name, declared.title ?? null, `editorial file (speakers: ${label})`);
    if (isAnswerLabel(key)) {
      const title = answeringTitleOf(key);
      return title ? this.byTitle(title) : this.answerer;
    }
    const named = this.byName.get(key) ?? this.bySurname(key) ?? this.byEnglishName(key);
    if (named) return named;
    const spaced = holdsHan(label) ? nameAndTitle(label) : { name: null, title: null };
    const parts = spaced.name ? spaced : splitTitleAndName(key);
    if (parts?.name) return this.learn(parts.name, parts.title, `label "${label}"`);
    if (isHostLabel(key)) {
      const hosts = this.people.filter((person) => person.stated === 'host' || person.hinted === 'host' || person.titles.some((title) => isHostLabel(title)));
      return hosts.length === 1 ? (hosts[0] ?? null) : null;
    }
    return endsInTitle(key) ? this.byTitle(key) : null;
  }

  /** Give the one known person who holds this title (`总统` → 总统吴志远, `主委` → 大陆委员会主任委员), or null. */
  private byTitle(title: string): Person | null {
    const matches = this.people.filter((person) => person.titles.some((known) => holdsTitle(known, title) || holdsTitle(title, known)));
    return matches.length === 1 ? (matches[0] ?? null) : null;
  }

  /** Give the person an English label ends with (`Spokesperson Lin Yuan` → Lin Yuan), or null. */
  private byEnglishName(label: string): Person | null {
    return this.people.find((person) => person.name !== null && /^[A-Za-z]/u.test(person.name) && (label === person.name || label.endsWith(` ${person.name}`))) ?? null;
  }

  /** Give the one known person of this surname who holds this title (`梁司长` → 梁永康), or null. */
  private bySurname(label: string): Person | null {
    const parts = surnameAndTitle(label);
    if (!parts) return null;
    const matches = this.people.filter(
      (person) => person.name?.startsWith(parts.surname) && person.titles.some((known) => holdsTitle(known, parts.title) || known.endsWith(parts.title)),
    );
    return matches.length === 1 ? (matches[0] ?? null) : null;
  }

  /** The person `答` stands for: the one the headline or intro names, else the title the headline gives. */
  private answererOf(named: readonly { name: string; title: string }[]): Person | null {
    const notHosts = named.filter((person) => this.byName.get(person.name)?.stated !== 'host');
    const spokespeople = notHosts.filter((person) => /发言人|發言人|Spokes/u.test(person.title));
    const inHeadline = spokespeople.length > 0 ? spokespeople : notHosts;
    const chosen = inHeadline.length === 1 ? inHeadline[0] : null;
    if (chosen) return this.byName.get(chosen.name) ?? null;
    if (inHeadline.length === 0) {
      const inIntro = this.people.filter((person) => person.source === 'intro' && person.stated !== 'host');
      const only = inIntro.length === 1 ? inIntro[0] : null;
      if (only) return only;
    }
    const title = unnamedAnswererOf(this.context.headline);
    return title ? this.learn(null, title, 'headline') : null;
  }
}
