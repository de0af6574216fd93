/**
 * Letters of other alphabets that look like Latin ones: two conference ids that differ only in them
 * (`wang-yi` and `wаng-yi` with a Cyrillic а) look identical in a URL bar and a file list.
 * @see https://www.unicode.org/reports/tr39/#Confusable_Detection (the Cyrillic and Greek part of its table)
 */
const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', ѕ: 's', т: 't', у: 'y', х: 'x', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ү: 'y',
  // Greek
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y',
};

/** Give the form of an id that two look-alike ids share: compatibility-folded, look-alike letters read as Latin. */
export function lookalikeSkeleton(id: string): string {
  return [...id.normalize('NFKC').toLowerCase()].map((character) => LATIN_LOOKALIKES[character] ?? character).join('');
}
