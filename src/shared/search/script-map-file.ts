import { parse, stringify } from 'yaml';
import type { GeneratedFile } from '../mdx/pages';
import { HASH_PLACEHOLDER, stampHash } from '../mdx/hash';
import { countForms, scriptMapOf, type FormCounts, type ScriptMap, type Simplifier } from './script-map';

/** Where the split writes the archive's script map, beside the pages it is made from. */
export const SCRIPT_MAP_FILE = 'script-map.yaml';

/**
 * Build the archive's script map from the pages of both scripts, paired by path, as a generated
 * file: the split has every page's text in hand, so the search step need not read them again.
 */
export function scriptMapFile(files: readonly GeneratedFile[], simplify: Simplifier | readonly Simplifier[]): GeneratedFile {
  return scriptMapFileOf(formCountsOfPages(files), simplify);
}

/** Count the character forms of pages of both scripts, paired by path (`zh-hans/…` with `zh-hant/…`). */
export function formCountsOfPages(files: readonly GeneratedFile[]): FormCounts {
  const byPath = new Map(files.map((file) => [file.path, file.text]));
  return countForms(
    files.flatMap((file): [string, string][] => {
      if (!file.path.startsWith('zh-hans/')) return [];
      const twin = byPath.get(`zh-hant/${file.path.slice('zh-hans/'.length)}`);
      return twin === undefined ? [] : [[file.text, twin]];
    }),
  );
}

/** Write the script map of the archive's form counts as its generated file. */
export function scriptMapFileOf(counts: FormCounts, simplify: Simplifier | readonly Simplifier[]): GeneratedFile {
  const map = scriptMapOf(counts, simplify);
  const yaml = stringify({ hash: HASH_PLACEHOLDER, ...map }, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return { path: SCRIPT_MAP_FILE, text: stampHash(`# Characters of the archive in both scripts, for cross-script search; written by \`npm run split\`.\n${yaml}`) };
}

/** Read the script map back from its generated file. */
export function readScriptMapFile(text: string): ScriptMap {
  const { t2s, s2t } = parse(text) as ScriptMap;
  return { t2s, s2t };
}
