/** Numbers set through the environment (`DAWENLU_SEARCH_JOBS=4`), read once and checked. */

/** A setting that is not what it must be: said in one line, naming the variable and what it takes. */
export class SettingError extends Error {
  override name = 'SettingError';
}

/**
 * Read a whole number of at least 1 from the environment, or give the fallback when it is unset.
 * @throws SettingError for anything else (`abc`, `0`, `2.5`, an empty value)
 */
export function positiveIntegerSetting(name: string, fallback: number, environment: NodeJS.ProcessEnv = process.env): number {
  const value = environment[name];
  if (value === undefined) return fallback;
  const number = /^\s*\d+\s*$/u.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new SettingError(`${name}=${JSON.stringify(value)}: expected a whole number of 1 or more (unset, it is ${fallback}).`);
  }
  return number;
}
