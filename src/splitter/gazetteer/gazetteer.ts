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
  longest: number;
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
    for (const name of [region.hans, region.hant, toTraditional(region.hans)]) add(name, [region.code]);
  }
  const longest = Math.max(...[...names.keys()].map((name) => [...name].length));
  return { regions, names, longest };
}

/** Give the region codes a text names, each once, in the order first named. */
export function regionsNamedIn(text: string, gazetteer: Gazetteer): string[] {
  const found = new Set<string>();
  const characters = [...text];
  let at = 0;
  while (at < characters.length) {
    let length = Math.min(gazetteer.longest, characters.length - at);
    for (; length >= 2; length--) {
      const codes = gazetteer.names.get(characters.slice(at, at + length).join(''));
      if (codes) {
        for (const code of codes) found.add(code);
        break;
      }
    }
    at += length >= 2 ? length : 1;
  }
  return [...found];
}
