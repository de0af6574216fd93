import type { Script } from '../../shared/content/schema';
import hans from './zh-Hans.json';
import hant from './zh-Hant.json';

export type StringKey = keyof typeof hans;

const dictionaries: Record<Script, Record<StringKey, string>> = { 'zh-Hans': hans, 'zh-Hant': hant };

/** Fill `{name}` placeholders in a UI string (most have none: those are given as they are, tens of times a page). */
export function format(template: string, values: Record<string, string | number> = {}): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}

/** A script's UI-string lookup: `t('nav.next')`, `t('question.of', { number: 1, count: 14 })`. */
export type Strings = (key: StringKey, values?: Record<string, string | number>) => string;

/** Give the UI-string lookup for a script: `t('nav.next')`, `t('question.of', { number: 1, count: 14 })`. */
export function useStrings(script: Script): Strings {
  const dictionary = dictionaries[script];
  return (key: StringKey, values?: Record<string, string | number>) => format(dictionary[key], values);
}
