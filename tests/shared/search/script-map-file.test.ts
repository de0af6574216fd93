import { describe, expect, it } from 'vitest';
import { isUntouched } from '../../../src/shared/mdx/hash';
import { toSimplified } from '../../../src/splitter/script/convert';
import { buildScriptMap } from '../../../src/shared/search/script-map';
import { readScriptMapFile, scriptMapFile, SCRIPT_MAP_FILE } from '../../../src/shared/search/script-map-file';

const files = [
  { path: 'zh-hans/2024-05-01-a/01.mdx', text: '发展关系' },
  { path: 'zh-hant/2024-05-01-a/01.mdx', text: '發展關係' },
  { path: 'zh-hans/2024-05-01-a/index.mdx', text: '台湾' },
  { path: 'zh-hant/2024-05-01-a/index.mdx', text: '臺灣' },
];

describe('scriptMapFile', () => {
  it('pairs the pages of both scripts by path and gives the same map as building it directly', () => {
    const file = scriptMapFile(files, toSimplified);
    expect(file.path).toBe(SCRIPT_MAP_FILE);
    expect(readScriptMapFile(file.text)).toEqual(buildScriptMap([['发展关系', '發展關係'], ['台湾', '臺灣']], toSimplified));
  });

  it('stamps the file, so a hand edit is told from an out-of-date file', () => {
    const { text } = scriptMapFile(files, toSimplified);
    expect(isUntouched(text)).toBe(true);
    expect(isUntouched(text.replace('發', '发'))).toBe(false);
  });

  it('writes the same bytes for the same pages', () => {
    expect(scriptMapFile(files, toSimplified).text).toBe(scriptMapFile([...files].reverse(), toSimplified).text);
  });
});
