import type { Script } from '../lib/content/schema';
import { format } from './strings';

// The search dialog's own strings, beside the site's dictionaries (zh-Hans.json, zh-Hant.json) and
// in the same form: flat dotted keys, the traditional values what the converter gives.
const hans = {
  'search.from': '起始日期',
  'search.to': '截止日期',
  'search.moreParagraphs': '本问另有{count}段含检索词',
  'search.more': '显示更多结果',
};
const hant: Record<SearchStringKey, string> = {
  'search.from': '起始日期',
  'search.to': '截止日期',
  'search.moreParagraphs': '本問另有{count}段含檢索詞',
  'search.more': '顯示更多結果',
};

export type SearchStringKey = keyof typeof hans;

/** The search strings of each script, for tests. */
export const searchDictionaries: Record<Script, Record<SearchStringKey, string>> = { 'zh-Hans': hans, 'zh-Hant': hant };

/** Give the search-string lookup for a script: `t('search.more')`. */
export function useSearchStrings(script: Script) {
  const dictionary = searchDictionaries[script];
  return (key: SearchStringKey, values?: Record<string, string | number>) => format(dictionary[key], values);
}
