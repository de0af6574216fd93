import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { OVERRIDES } from '../../src/splitter/script/overrides';

/** The texts whose native OpenCC conversion is kept in tests/fixtures/opencc/s2tw.json, by name. */
export const GOLDEN_TEXTS: Readonly<Record<string, string>> = {
  seed: readFileSync(new URL('../../content/transcripts/2024-03-07-wang-yi.txt', import.meta.url), 'utf8'),
};

/** What the golden file was made from: a hash of each text and of the override list. */
export interface GoldenInputs {
  texts: Record<string, string>;
  overrides: string;
}

/** The golden file: native OpenCC's s2tw of each text, stock and with our overrides. */
export interface OpenccGolden {
  generator: string;
  inputs: GoldenInputs;
  texts: Record<string, { stock: string; withOverrides: string }>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Hash the current inputs, to tell whether the golden file is still about them. */
export function goldenInputs(): GoldenInputs {
  return {
    texts: Object.fromEntries(Object.entries(GOLDEN_TEXTS).map(([name, text]) => [name, sha256(text)])),
    overrides: sha256(OVERRIDES.map(([simplified, traditional]) => `${simplified}\t${traditional}`).sort().join('\n')),
  };
}

/** Read the committed golden file. */
export function readGolden(): OpenccGolden {
  return JSON.parse(readFileSync(new URL('../fixtures/opencc/s2tw.json', import.meta.url), 'utf8')) as OpenccGolden;
}

/** The command that regenerates the golden file. */
export const REGENERATE = 'npx tsx scripts/golden-opencc.ts';
