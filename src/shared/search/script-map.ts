import { compareText } from '../text';

/**
 * A character map between the scripts, limited to the characters of the archive, so a query
 * typed in either script can be searched in the index of the page's script without shipping
 * OpenCC's tables (the full simplified→traditional table is ~450 KB gzip).
 */
export interface ScriptMap {
  /** Traditional → simplified, as pairs: `發发後后…`. Includes variants the archive does not use (裏 → 里). */
  t2s: string;
  /** Simplified → traditional forms the archive uses, most frequent first, as space-separated groups: `发發髮 干幹干…`. */
  s2t: string;
}

const HAN = /^\p{Script=Han}$/u;
// Every character of the CJK Unified Ideographs block and Extension A: the candidates for variant forms.
const HAN_BLOCKS = [[0x3400, 0x4dbf], [0x4e00, 0x9fff]] as const;

/**
 * How often each Han character of the archive's simplified text stands for each traditional form:
 * `发 → {發: 120, 髮: 2}`. Counts add up across conferences, so the split keeps each conference's
 * and rebuilds only those of the transcripts that changed.
 */
export type FormCounts = Map<string, Map<string, number>>;

/** Count the forms in the same texts in both scripts, aligned character by character. */
export function countForms(pairs: Iterable<readonly [simplified: string, traditional: string]>): FormCounts {
  const counts: FormCounts = new Map();
  for (const [simplified, traditional] of pairs) {
    const left = [...simplified];
    const right = [...traditional];
    // Conversion is character for character; texts that are not are skipped rather than misaligned.
    if (left.length !== right.length) continue;
    left.forEach((character, index) => {
      const twin = right[index] ?? character;
      // Only Han characters matter to queries; this also skips hashes and punctuation (“ → 「).
      if (!HAN.test(character) || !HAN.test(twin)) return;
      addForm(counts, character, twin, 1);
    });
  }
  return counts;
}

function addForm(counts: FormCounts, character: string, form: string, count: number): void {
  const forms = counts.get(character) ?? new Map<string, number>();
  forms.set(form, (forms.get(form) ?? 0) + count);
  counts.set(character, forms);
}

/** Write counts as compact text, in a stable order: `发發120髮2 的的3000` (a form and its count after each character). */
export function formCountsText(counts: FormCounts): string {
  return [...counts]
    .sort(([left], [right]) => compareText(left, right))
    .map(([character, forms]) => character + [...forms].sort(([left], [right]) => compareText(left, right)).map(([form, count]) => `${form}${count}`).join(''))
    .join(' ');
}

// In `formCountsText`'s text, a character that opens a group (at the start or after a space), or a form and its count.
const GROUP_OR_FORM = /(?<=^| )([^\s\d])|([^\s\d])(\d+)/gu;

/**
 * Add counts written by `formCountsText` into a total (into an empty one to read them back), in one
 * pass over the text: the archive adds up a thousand conferences' counts this way, with no map made for each.
 */
export function addFormCounts(total: FormCounts, text: string): FormCounts {
  let character = '';
  for (const [, opening, form = '', count] of text.matchAll(GROUP_OR_FORM)) {
    if (opening !== undefined) character = opening;
    else addForm(total, character, form, Number(count));
  }
  return total;
}

/** Converts traditional text to simplified, from one regional standard (Taiwan's, Hong Kong's). */
export type Simplifier = (text: string) => string;

/**
 * Build the map from the same texts in both scripts, aligned character by character.
 * @param simplify converts traditional text to simplified, one function per regional standard; used
 *   to add traditional variants a reader may type (裏, 臺; Hong Kong's 衞, 着) for the archive's
 *   simplified characters, the first standard first
 */
export function buildScriptMap(pairs: Iterable<readonly [simplified: string, traditional: string]>, simplify?: Simplifier | readonly Simplifier[]): ScriptMap {
  return scriptMapOf(countForms(pairs), simplify);
}

/** Build the map from the archive's form counts (see `buildScriptMap`). */
export function scriptMapOf(counts: FormCounts, simplify?: Simplifier | readonly Simplifier[]): ScriptMap {
  // Keep characters that ever change; their forms include themselves when they also stay (干涉 / 幹部).
  const changing = [...counts.keys()].filter((character) => [...(counts.get(character)?.keys() ?? [])].some((form) => form !== character)).sort(compareText);
  const s2t = changing.map((character) => {
    const forms = [...(counts.get(character) ?? [])].sort(([a, left], [b, right]) => right - left || compareText(a, b));
    return character + forms.map(([form]) => form).join('');
  });

  const t2s = new Map<string, string>();
  for (const group of s2t) {
    const [character = '', ...forms] = [...group];
    for (const form of forms) if (form !== character) t2s.set(form, character);
  }
  for (const simplifier of simplify === undefined ? [] : typeof simplify === 'function' ? [simplify] : simplify) {
    for (const [form, character] of variantsOf(new Set(counts.keys()), simplifier)) if (!t2s.has(form)) t2s.set(form, character);
  }
  return {
    t2s: [...t2s].sort(([left], [right]) => compareText(left, right)).map(([form, character]) => form + character).join(''),
    s2t: s2t.join(' '),
  };
}

/** Find every traditional character that simplifies to one of the archive's simplified characters. */
function variantsOf(archive: ReadonlySet<string>, simplify: (text: string) => string): [string, string][] {
  const all = HAN_BLOCKS.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, offset) => String.fromCodePoint(first + offset)));
  const simplified = [...simplify(all.join(''))];
  if (simplified.length !== all.length) return [];
  return all.flatMap((form, index) => {
    const character = simplified[index] ?? form;
    return form !== character && archive.has(character) ? [[form, character] as [string, string]] : [];
  });
}

const MAX_VARIANTS = 8;

/** Give the forms of a query to search in an index of the given script (one for simplified, a few for traditional). */
export function queryVariants(query: string, map: ScriptMap, script: 'zh-Hans' | 'zh-Hant'): string[] {
  const t2s = pairsOf(map.t2s);
  const characters = [...query];
  if (script === 'zh-Hans') return [characters.map((character) => t2s.get(character) ?? character).join('')];

  const s2t = new Map(map.s2t.split(' ').filter(Boolean).map((group) => [[...group][0] ?? '', [...group].slice(1)] as const));
  const archiveForms = new Set([...s2t.values()].flat());
  let variants = [''];
  for (const character of characters) {
    // A simplified character becomes each traditional form the archive uses (干 → 幹, 干, 乾); a form
    // the archive uses stays; any other traditional variant goes through its simplified form (裏 → 里 → 裡).
    const forms = s2t.get(character) ?? (archiveForms.has(character) ? [character] : (s2t.get(t2s.get(character) ?? character) ?? [t2s.get(character) ?? character]));
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

/**
 * Make a function that folds text for comparing queries with pages: traditional characters to
 * simplified, letters to lower case. Each character keeps its length, so positions in the folded
 * text are positions in the original.
 */
export function folder(map: ScriptMap): (text: string) => string {
  const t2s = pairsOf(map.t2s);
  return (text) => {
    let folded = '';
    for (const character of text) {
      const simplified = t2s.get(character) ?? character;
      const lower = simplified.toLowerCase();
      folded += lower.length === character.length ? lower : simplified.length === character.length ? simplified : character;
    }
    return folded;
  };
}
