import { ALIASES } from './aliases';
import { cldrRegions, type Region } from './regions';

/**
 * Find the countries and regions a text names, by the longest name at each place: `中美洲` is
 * Central America, never `中美` (China and the US) followed by `洲`. Linear in the text.
 */

/** Names of regions in both scripts, looked up by the text. */
export interface Gazetteer {
  regions: ReadonlyMap<string, Region>;
  /** The region codes each name stands for. */
  names: ReadonlyMap<string, readonly string[]>;
  /** The lengths of the names that start with each character, longest first: most characters start none. */
  lengthsByFirst: ReadonlyMap<string, readonly number[]>;
}

/**
 * Build the gazetteer from CLDR's names and the aliases.
 * @param toTraditional converts a simplified name to its traditional forms as text prints them
 *   (`朝鲜` → `朝鮮`, where CLDR's traditional name is Taiwan's `北韓`)
 */
export function buildGazetteer(toTraditional: (text: string) => string): Gazetteer {
  const regions = new Map(cldrRegions().map((region) => [region.code, region]));
  const names = new Map<string, readonly string[]>();
  const add = (name: string, codes: readonly string[]) => {
    if ([...name].length >= 2 && !names.has(name)) names.set(name, codes);
  };
  for (const alias of ALIASES) {
    add(alias.name, alias.codes);
    add(toTraditional(alias.name), alias.codes);
  }
  for (const region of regions.values()) {
    for (const name of [region.hans, region.hant, region.short, toTraditional(region.hans), toTraditional(region.short)]) add(name, [region.code]);
  }
  const lengths = new Map<string, Set<number>>();
  for (const name of names.keys()) {
    const characters = [...name];
    const first = characters[0]!;
    lengths.set(first, (lengths.get(first) ?? new Set()).add(characters.length));
  }
  const lengthsByFirst = new Map([...lengths].map(([first, set]) => [first, [...set].sort((left, right) => right - left)]));
  return { regions, names, lengthsByFirst };
}

/** Give the region codes a text names, each once, in the order first named. */
export function regionsNamedIn(text: string, gazetteer: Gazetteer): string[] {
  const found = new Set<string>();
  const characters = [...text];
  let at = 0;
  while (at < characters.length) {
    let step = 1;
    for (const length of gazetteer.lengthsByFirst.get(characters[at]!) ?? []) {
      if (at + length > characters.length) continue;
      const codes = gazetteer.names.get(characters.slice(at, at + length).join(''));
      if (codes) {
        for (const code of codes) found.add(code);
        step = length;
        break;
      }
    }
    at += step;
  }
  return [...found];
}
