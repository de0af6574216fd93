/**
 * A character map between the scripts, limited to the characters of the archive, so a query
 * typed in either script can be searched in the index of the page's script without shipping
 * OpenCC's tables (the full simplified→traditional table is ~450 KB gzip).
 */
export interface ScriptMap {
  /** Traditional → simplified, as pairs: `發发後后…`. */
  t2s: string;
  /** Simplified → traditional candidates, most frequent first, as space-separated groups: `发發髮 后後…`. */
  s2t: string;
}

const HAN = /^\p{Script=Han}$/u;

/** Build the map from the same texts in both scripts, aligned character by character. */
export function buildScriptMap(pairs: Iterable<readonly [simplified: string, traditional: string]>): ScriptMap {
  const counts = new Map<string, Map<string, number>>();
  for (const [simplified, traditional] of pairs) {
    const left = [...simplified];
    const right = [...traditional];
    // Conversion is character for character; texts that are not are skipped rather than misaligned.
    if (left.length !== right.length) continue;
    left.forEach((character, index) => {
      const twin = right[index] ?? character;
      // Only Han characters matter to queries; this also skips hashes and punctuation (“ → 「).
      if (!HAN.test(character) || !HAN.test(twin)) return;
      const forms = counts.get(character) ?? new Map<string, number>();
      forms.set(twin, (forms.get(twin) ?? 0) + 1);
      counts.set(character, forms);
    });
  }
  // Keep characters that ever change; their candidates include themselves when they also stay (干涉 / 幹部).
  const simplifiedChars = [...counts.keys()].filter((character) => [...(counts.get(character)?.keys() ?? [])].some((form) => form !== character)).sort();
  const s2t = simplifiedChars.map((character) => {
    const forms = [...(counts.get(character) ?? [])].sort(([a, left], [b, right]) => right - left || a.localeCompare(b));
    return character + forms.map(([form]) => form).join('');
  });
  const t2s = new Map<string, string>();
  for (const group of s2t) {
    const [character = '', ...forms] = [...group];
    for (const form of forms) if (form !== character && !t2s.has(form)) t2s.set(form, character);
  }
  return {
    t2s: [...t2s].sort(([left], [right]) => left.localeCompare(right)).map(([form, character]) => form + character).join(''),
    s2t: s2t.join(' '),
  };
}

const MAX_VARIANTS = 8;

/** Give the forms of a query to search in an index of the given script (one for simplified, a few for traditional). */
export function queryVariants(query: string, map: ScriptMap, script: 'zh-Hans' | 'zh-Hant'): string[] {
  const characters = [...query];
  if (script === 'zh-Hans') {
    const t2s = pairsOf(map.t2s);
    return [characters.map((character) => t2s.get(character) ?? character).join('')];
  }
  const t2s = pairsOf(map.t2s);
  const s2t = new Map([...map.s2t.split(' ')].filter(Boolean).map((group) => [[...group][0] ?? '', [...group].slice(1)] as const));
  let variants = [''];
  for (const character of characters) {
    // A traditional character stays; a simplified one becomes each traditional form the archive uses.
    const forms = t2s.has(character) ? [character] : (s2t.get(character) ?? [character]);
    variants = variants.flatMap((variant) => forms.map((form) => variant + form)).slice(0, MAX_VARIANTS);
  }
  return variants;
}

function pairsOf(pairs: string): Map<string, string> {
  const characters = [...pairs];
  const map = new Map<string, string>();
  for (let index = 0; index + 1 < characters.length; index += 2) map.set(characters[index] ?? '', characters[index + 1] ?? '');
  return map;
}
