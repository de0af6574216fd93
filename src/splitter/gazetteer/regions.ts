/**
 * Countries and regions by their names in Chinese, from CLDR as Node carries it (`Intl.DisplayNames`):
 * the list is not typed by hand. Only what CLDR lacks is added, each with its reason (`aliases.ts`).
 * @see https://cldr.unicode.org/ (territory display names)
 */

/** A country or region the gazetteer knows. */
export interface Region {
  /** ISO 3166-1 alpha-2 code, or a UN M49 area code for a continent or sub-region (`013`). */
  code: string;
  /** Its name in simplified Chinese, as CLDR gives it. */
  hans: string;
  /** Its name in traditional Chinese, as CLDR gives it (Taiwan usage). */
  hant: string;
  /** Its short name in simplified Chinese (`香港` for `中国香港特别行政区`): what a list of countries shows. */
  short: string;
  en: string;
  /** A continent or sub-region rather than a country or territory. */
  area: boolean;
}

// Codes CLDR names that are no place to list: unknown, pseudo-locales, the euro area, outlying islands grouped,
// organisations (the UN, the EU) and the world.
const NOT_PLACES = new Set(['ZZ', 'XA', 'XB', 'EZ', 'QO', 'UN', 'EU', '001']);

/** Give every country, territory and area CLDR names in Chinese and English, sorted by code. */
export function cldrRegions(): Region[] {
  const names = (locale: string, style: 'long' | 'short' = 'long') => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none', style });
  const hans = names('zh-Hans');
  const short = names('zh-Hans', 'short');
  const hant = names('zh-Hant');
  const en = names('en');
  const codes: { code: string; area: boolean }[] = [];
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) codes.push({ code: String.fromCharCode(first, second), area: false });
  }
  for (let number = 1; number < 1000; number++) codes.push({ code: String(number).padStart(3, '0'), area: true });
  const regions: Region[] = [];
  for (const { code, area } of codes) {
    // A retired code (`DD`, `YU`) is an alias of today's: CLDR gives it today's name (`德国`).
    if (NOT_PLACES.has(code) || Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
    let name: string | undefined;
    try {
      name = hans.of(code);
    } catch {
      continue;
    }
    if (!name) continue;
    regions.push({ code, hans: name, hant: hant.of(code) ?? name, short: short.of(code) ?? name, en: en.of(code) ?? code, area });
  }
  return regions;
}
