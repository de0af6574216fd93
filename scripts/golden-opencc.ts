/**
 * Write tests/fixtures/opencc/s2tw.json: what the official C++ OpenCC (its Node addon, `opencc`
 * 1.3.1) makes of the texts the converter tests use, with stock s2tw and with our override
 * dictionary put ahead of its phrases. The tests compare opencc-js's converter with this file, so
 * the native addon is needed only to regenerate it:
 *
 *   npx tsx scripts/golden-opencc.ts                 installs opencc@1.3.1 into a temporary folder
 *   npx tsx scripts/golden-opencc.ts --opencc DIR    uses an installed copy (DIR/node_modules/opencc)
 *
 * 1.3.1 is the last release whose prebuilt addon loads on Debian 12's libstdc++.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GOLDEN_TEXTS, goldenInputs, type OpenccGolden } from '../tests/helpers/opencc-golden';
import { OVERRIDES } from '../src/splitter/script/overrides';

const VERSION = '1.3.1';
const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT = join(PROJECT, 'tests/fixtures/opencc/s2tw.json');

interface NativeConverter {
  convertSync(text: string): string;
}
type NativeOpenCC = new (config: string) => NativeConverter;

/** Install the addon into a new temporary folder and give that folder. */
function installOpencc(): string {
  const folder = mkdtempSync(join(tmpdir(), 'opencc-golden-'));
  writeFileSync(join(folder, 'package.json'), '{"private":true}\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', `opencc@${VERSION}`], { cwd: folder, stdio: 'inherit' });
  return folder;
}

/** Make a converter config that is s2tw with the override list ahead of OpenCC's phrases, as convert.ts does for opencc-js. */
function overridesConfig(assets: string, workDir: string): string {
  const overridesFile = join(workDir, 'overrides.txt');
  writeFileSync(overridesFile, `${OVERRIDES.map(([simplified, traditional]) => `${simplified}\t${traditional}`).sort().join('\n')}\n`);
  const overrides = { type: 'text', file: overridesFile };
  const phrases = { type: 'ocd2', file: join(assets, 'STPhrases.ocd2') };
  const characters = { type: 'ocd2', file: join(assets, 'STCharacters.ocd2') };
  const variants = { type: 'ocd2', file: join(assets, 'TWVariants.ocd2') };
  const config = {
    name: 's2tw with overrides',
    segmentation: { type: 'mmseg', dict: { type: 'group', dicts: [overrides, phrases] } },
    conversion_chain: [{ dict: { type: 'group', dicts: [overrides, phrases, characters] } }, { dict: variants }],
  };
  const configFile = join(workDir, 's2tw-overrides.json');
  writeFileSync(configFile, JSON.stringify(config));
  return configFile;
}

const option = process.argv.indexOf('--opencc');
const installed = option >= 0 ? process.argv[option + 1] : undefined;
const folder = installed ?? installOpencc();
const require = createRequire(join(folder, 'package.json'));
const OpenCC = require('opencc') as NativeOpenCC;
const assets = join(dirname(require.resolve('opencc/package.json')), 'prebuilds/assets');
const workDir = mkdtempSync(join(tmpdir(), 'opencc-overrides-'));
try {
  const stock = new OpenCC('s2tw.json');
  const withOverrides = new OpenCC(overridesConfig(assets, workDir));
  const golden: OpenccGolden = {
    generator: `scripts/golden-opencc.ts with opencc ${VERSION}`,
    inputs: goldenInputs(),
    texts: Object.fromEntries(
      Object.entries(GOLDEN_TEXTS).map(([name, text]) => [name, { stock: stock.convertSync(text), withOverrides: withOverrides.convertSync(text) }]),
    ),
  };
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, `${JSON.stringify(golden, null, 2)}\n`);
  console.log(`wrote ${OUTPUT.slice(PROJECT.length)} (${Object.keys(golden.texts).length} text(s))`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
  if (!installed) rmSync(folder, { recursive: true, force: true });
}
