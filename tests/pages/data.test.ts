import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLUMN_NAMES } from '../../src/site/lib/data/columns';
import { toTraditional } from '../../src/splitter/script/convert';

const read = (path: string) => readFileSync(new URL(`../../src/pages/${path}`, import.meta.url), 'utf8');

// Taiwan wording the traditional page uses where character conversion alone would keep mainland words.
const TAIWAN_WORDS: readonly (readonly [string, string])[] = [
  ['「數據 → 從文本/CSV」', '「資料 → 從文字/CSV」'],
  ['列表', '清單'],
  ['文件', '檔案'],
  ['字段', '欄位'],
  ['導入', '匯入'],
  ['示例', '範例'],
  ['模塊', '模組'],
  ['對象', '物件'],
  ['數組', '陣列'],
  ['構建', '建置'],
];

// What differs by script beyond the wording: which script this page's files are in, and what is converted in them.
const OWN_SCRIPT: readonly (readonly [string, string])[] = [
  ['本頁的檔案為簡體；繁體頁面另有一套繁體檔案', '本頁的檔案為繁體；簡體頁面另有一套簡體檔案'],
  ['原文為繁體的記者會，簡體檔案中', '原文為簡體的記者會，繁體檔案中'],
  ['dawenlu-zh-hans', 'dawenlu-zh-hant'],
];

/** The traditional page as it should read, made from the simplified one. */
function traditionalTwin(hans: string): string {
  return [...TAIWAN_WORDS, ...OWN_SCRIPT]
    .reduce((text, [from, to]) => text.replaceAll(from, to), toTraditional(hans))
    .replace('layout: ../site/layouts/', 'layout: ../../site/layouts/')
    .replace("from '../site/components/", "from '../../site/components/")
    .replace('script: zh-Hans', 'script: zh-Hant')
    .replace('path: /data/', 'path: /zh-hant/data/');
}

/** The field names the codebook table documents, in its order. */
const codebookColumns = (text: string) => [...text.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]);

describe('the data page', () => {
  const hans = read('data.mdx');
  const hant = read('zh-hant/data.mdx');

  it('has a traditional twin that says the same, in Taiwan characters and wording', () => {
    for (const [from] of OWN_SCRIPT) expect(toTraditional(hans).replaceAll('文件', '檔案')).toContain(from);
    expect(hant).toBe(traditionalTwin(hans));
  });

  it.each([
    ['data.mdx', hans],
    ['zh-hant/data.mdx', hant],
  ])('%s documents every column of the files, in file order', (_file, text) => {
    expect(codebookColumns(text)).toEqual(COLUMN_NAMES);
  });
});
