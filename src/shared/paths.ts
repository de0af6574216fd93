import type { Script } from './content/schema';
import { padNumber } from './text';

/** Folder of each script's pages: simplified at the root, traditional under `/zh-hant/`. */
const PREFIX: Record<Script, string> = { 'zh-Hans': '/', 'zh-Hant': '/zh-hant/' };

/** Give a script's archive path (`/`, `/zh-hant/`). */
export function archivePath(script: Script): string {
  return PREFIX[script];
}

/** Give the path of a year (`/2024/`) or a month (`/2024/03/`) of a script's archive. */
export function archivePeriodPath(script: Script, year: string, month?: string): string {
  return `${PREFIX[script]}${year}/${month ? `${month}/` : ''}`;
}

/** Give a conference's path (`/2024-03-07-wang-yi/`). */
export function conferencePath(script: Script, conference: string): string {
  return `${PREFIX[script]}${conference}/`;
}

/** Give a question's path with its zero-padded number (`/2024-03-07-wang-yi/05/`). */
export function questionPath(script: Script, conference: string, number: number, count: number): string {
  return `${conferencePath(script, conference)}${padNumber(number, count)}/`;
}

/** Give the path of a conference's full transcript, or of one of its later parts (`/2024-03-07-wang-yi/full/2/`). */
export function transcriptPath(script: Script, conference: string, part = 1): string {
  return `${conferencePath(script, conference)}full/${part > 1 ? `${part}/` : ''}`;
}

/** Give the path of a script's 404 page (the simplified one Astro writes as `/404.html`). */
export function notFoundPath(script: Script): string {
  return `${PREFIX[script]}404/`;
}

/** Give the search page's path. */
export function searchPath(script: Script): string {
  return `${PREFIX[script]}search/`;
}

/** Give the Data page's path (`/data/`): the downloads and their codebook. */
export function dataPath(script: Script): string {
  return `${PREFIX[script]}data/`;
}

/** Give the path of one data file beside the Data page (`/data/dawenlu-zh-hans-2024.csv`). */
export function dataFilePath(script: Script, name: string): string {
  return `${dataPath(script)}${name}`;
}

/** Give the path of the list of speakers (`/speakers/`), or of one of its later pages (`/speakers/2/`). */
export function speakersPath(script: Script, page = 1): string {
  return `${PREFIX[script]}speakers/${pageSuffix(page)}`;
}

/**
 * Give a speaker's path by their slug (`/speakers/王毅/`: the newest answers), or of one block of
 * their answers counted from the oldest (`/speakers/王毅/3/`: answers 201–300; see
 * src/site/lib/record/pages.ts).
 */
export function speakerPath(script: Script, slug: string, block: number | null = null): string {
  return `${PREFIX[script]}speakers/${slug}/${blockSuffix(block)}`;
}

/** Give the path of the list of outlets (`/outlets/`), or of one of its later pages. */
export function outletsPath(script: Script, page = 1): string {
  return `${PREFIX[script]}outlets/${pageSuffix(page)}`;
}

/** Give an outlet's path by its slug (`/outlets/人民日报/`), or of one block of its questions counted from the oldest (`/outlets/人民日报/1/`). */
export function outletPath(script: Script, slug: string, block: number | null = null): string {
  return `${PREFIX[script]}outlets/${slug}/${blockSuffix(block)}`;
}

/** Give the path of the list of countries and regions (`/regions/`), or of one of its later pages. */
export function regionsPath(script: Script, page = 1): string {
  return `${PREFIX[script]}regions/${pageSuffix(page)}`;
}

/**
 * Give a country's or region's path by its code, in lower case (`/regions/us/`, `/regions/002/` for
 * Africa), or of one block of its questions counted from the oldest (`/regions/us/2/`): a code never
 * changes with a name, and an area's three digits are never a block's number.
 */
export function regionPath(script: Script, code: string, block: number | null = null): string {
  return `${PREFIX[script]}regions/${code.toLowerCase()}/${blockSuffix(block)}`;
}

/** Give the Atom feed of a page that has one (`/feed.xml` for new conferences, `/speakers/王毅/feed.xml`): the page's first path, plus `feed.xml`. */
export function feedPath(pagePath: string): string {
  return `${pagePath}feed.xml`;
}

/** The path segment of a list's later pages: none for the first (`2/` for the second). */
function pageSuffix(page: number): string {
  return page > 1 ? `${page}/` : '';
}

/** The path segment of a record's block (`3/`): none for the first page, the newest rows. */
function blockSuffix(block: number | null): string {
  return block === null ? '' : `${block}/`;
}

/** Give the file of every value the search form's filters offer (`/search-filters.json`), written with the pages. */
export function searchFiltersPath(script: Script): string {
  return `${PREFIX[script]}search-filters.json`;
}

/**
 * Give the folder of one shard of a script's search index (`/pagefind/`, `/pagefind-2/`, …), the
 * newest conferences in the first: each script is indexed on its own, in shards of bounded size
 * (see src/shared/search/shards.ts).
 */
export function pagefindPath(script: Script, shard = 0): string {
  return `${PREFIX[script]}pagefind${shard > 0 ? `-${shard + 1}` : ''}/`;
}

/** A shard folder's name beside its script's pages (`pagefind`, `pagefind-12`), as `pagefindPath` names them. */
export const SHARD_FOLDER = /^pagefind(?:-\d+)?$/;

/**
 * Tell whether a file or folder of the built site (`zh-hant/pagefind-2/pagefind.js`, `pagefind-3/`,
 * relative to dist/) is in a shard folder of a script's search index, or is one: the search index keeps those folders, and removes those it
 * no longer needs.
 */
export function isSearchIndexFile(file: string): boolean {
  const bare = file.startsWith(PREFIX['zh-Hant'].slice(1)) ? file.slice(PREFIX['zh-Hant'].length - 1) : file;
  return SHARD_FOLDER.test(bare.split('/')[0] ?? '') && bare.includes('/');
}

/** Give the same page in the other script, or in a given one. */
export function twinPath(path: string, to: Script): string {
  const bare = path.startsWith(PREFIX['zh-Hant']) ? `/${path.slice(PREFIX['zh-Hant'].length)}` : path;
  return to === 'zh-Hans' ? bare : `${PREFIX['zh-Hant']}${bare.slice(1)}`;
}

/** Tell which script a path is in. */
export function scriptOfPath(path: string): Script {
  return path.startsWith(PREFIX['zh-Hant']) ? 'zh-Hant' : 'zh-Hans';
}

/** Prefix a site path with the configured base (`/transcripts/`), keeping one slash between them. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}
