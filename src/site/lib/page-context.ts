import type { Script } from '../../shared/content/schema';
import {
  archivePath,
  archivePeriodPath,
  conferencePath,
  dataFilePath,
  dataPath,
  outletsPath,
  regionsPath,
  questionPath,
  searchPath,
  speakersPath,
  transcriptPath,
  withBase,
} from '../../shared/paths';
import { useStrings, type Strings } from '../i18n/strings';
import { pageScript } from './page-script';

/**
 * What every component knows about the page being rendered, decided once per page by
 * src/middleware.ts and read as `Astro.locals.page`: its script, its UI strings and its links.
 */
export interface PageContext {
  /** The script of the page (`zh-Hans`, `zh-Hant`): its `lang`, its strings, its links. */
  readonly script: Script;
  /** The page's UI strings: `t('nav.next')`, `t('question.of', { number: 1, count: 14 })`. */
  readonly t: Strings;
  /** The site's paths in the page's script, without the base (`paths.question('2024-03-07-wang-yi', 5, 14)` → `/2024-03-07-wang-yi/05/`). */
  readonly paths: ScriptPaths;
  /** Give a site path's href, with the configured base (`/2024-03-07-wang-yi/` → `/transcripts/2024-03-07-wang-yi/`). */
  href(path: string): string;
}

/** The path makers of src/shared/paths.ts with the page's script given. */
export type ScriptPaths = ReturnType<typeof scriptPaths>;

/** Bind a path maker to a script: its first argument. */
const bind =
  <Args extends unknown[]>(script: Script, path: (script: Script, ...args: Args) => string) =>
  (...args: Args) =>
    path(script, ...args);

/** Give the site's path makers with a script bound. */
function scriptPaths(script: Script) {
  return {
    archive: bind(script, archivePath),
    archivePeriod: bind(script, archivePeriodPath),
    conference: bind(script, conferencePath),
    question: bind(script, questionPath),
    transcript: bind(script, transcriptPath),
    search: bind(script, searchPath),
    data: bind(script, dataPath),
    dataFile: bind(script, dataFilePath),
    speakers: bind(script, speakersPath),
    outlets: bind(script, outletsPath),
    regions: bind(script, regionsPath),
  };
}

/** Build the context of the page at a URL, for a site built under `base`. */
export function pageContext(url: URL, base: string): PageContext {
  const script = pageScript(url, base);
  return { script, t: useStrings(script), paths: scriptPaths(script), href: (path) => withBase(base, path) };
}
