import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { HtmlElement } from 'html-validate';
import { allElements, attributeOf, parseHtml, textOf } from '../helpers/html';
import { distFiles, readDist } from '../helpers/site';
import { childrenNamed, parseXml } from '../helpers/xml';

// Checks of the speaker, outlet and region pages and the feeds of a built site, read from its HTML
// alone: what each question page says (who answers, which outlet asks, which regions its question and
// answer name, the links on their names) is set against what each record page lists, page by page.

/** The most a page may weigh, gzipped (the budget). */
export const PAGE_BUDGET_GZIP = 60 * 1024;

const QUESTION_FILE = /^(zh-hant\/)?\d{4}-\d{2}-\d{2}-[^/]+\/\d+\/index\.html$/;
const RECORD_FILE = /^(zh-hant\/)?(speakers|outlets|regions)\/([^/]+)\/(?:(\d+)\/)?index\.html$/;
/** Where a region page says a question names it, by the words of each script (`问答均提及`). */
const NAMED_IN = new Map(
  (['zh-Hans', 'zh-Hant'] as const).flatMap((script) => {
    const strings = JSON.parse(readFileSync(new URL(`../../src/site/i18n/${script}.json`, import.meta.url), 'utf8')) as Record<string, string>;
    return (['question', 'answer', 'both'] as const).map((part) => [strings[`region.named.${part}`]!, part] as const);
  }),
);

const byClass = (elements: HtmlElement[], name: string) => elements.filter((element) => (attributeOf(element, 'class') ?? '').split(/\s+/).includes(name));
const headLinks = (elements: HtmlElement[], rel: string) =>
  elements.filter((element) => element.tagName === 'link' && (attributeOf(element, 'rel') ?? '').split(/\s+/).includes(rel)).map((element) => attributeOf(element, 'href') ?? '');

/** What a question page's kicker says: each name in it, and the page it links to (if any). */
export interface Kicker {
  path: string;
  names: { name: string; href: string | null }[];
}

/** A page of a speaker's or an outlet's list: its name and the questions it lists, in order. */
interface RecordPage {
  file: string;
  /** The page it is part of: `speakers/王毅/` for `speakers/王毅/2/`. */
  first: string;
  /** Its block, counting from the oldest rows (`speakers/王毅/3/`); null for the list's own address. */
  block: number | null;
  name: string;
  listed: { href: string; date: string; named?: string }[];
  prev: string | null;
  next: string | null;
  feeds: string[];
  gzip: number;
}

/** Read a site's question pages and speaker and outlet pages, and give every way they disagree. */
export function recordProblems(folder: string, base = '/'): string[] {
  const problems: string[] = [];
  const local = (href: string) => (href.startsWith(base) ? `/${href.slice(base.length)}` : href);
  const files = distFiles(folder);
  const kickers: Kicker[] = [];
  /** Each region page's questions, as the question pages name it: by page, in the question or the answer. */
  const regionsNamed = new Map<string, Map<string, Set<string>>>();
  for (const file of files.filter((name) => QUESTION_FILE.test(name))) {
    // Only the kicker is parsed: a question page's inline stylesheet costs the parser six times the rest.
    const fragment = /<p class="kicker"[^>]*>[\s\S]*?<\/p>/.exec(readDist(file, folder))?.[0] ?? '';
    const kicker = byClass(allElements(parseHtml(fragment)), 'kicker')[0];
    if (!kicker) continue; // a question missing from a partial text says so, and names no one
    const names = kicker.querySelectorAll('bdi').map((bdi) => {
      const anchor = bdi.parent?.tagName === 'a' ? bdi.parent : null;
      return { name: textOf(bdi), href: anchor ? local(attributeOf(anchor, 'href') ?? '') : null };
    });
    kickers.push({ path: `/${file.replace(/index\.html$/, '')}`, names });
    // The regions the question and the answer name, each linking to its page.
    const section = /<section class="regions-named"[^>]*>[\s\S]*?<\/section>/.exec(readDist(file, folder))?.[0] ?? '';
    const path = `/${file.replace(/index\.html$/, '')}`;
    for (const part of ['question', 'answer'] as const) {
      for (const anchor of allElements(parseHtml(section)).filter((element) => attributeOf(element, 'class') === `in-${part}`).flatMap((dd) => dd.querySelectorAll('a'))) {
        const href = local(attributeOf(anchor, 'href') ?? '');
        const named = regionsNamed.get(href) ?? new Map<string, Set<string>>();
        named.set(path, (named.get(path) ?? new Set()).add(part));
        regionsNamed.set(href, named);
      }
    }
  }
  const pages: RecordPage[] = files
    .filter((file) => RECORD_FILE.test(file))
    .map((file) => {
      const [, hant = '', kind, slug, page] = RECORD_FILE.exec(file)!;
      const html = readDist(file, folder);
      const elements = allElements(parseHtml(html.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>')));
      const list = byClass(elements, 'record-questions')[0];
      const listed = list
        ? list.querySelectorAll('li').map((item) => ({
            href: local(attributeOf(byClass(allElements(item), 'record-topic')[0]!, 'href') ?? ''),
            date: attributeOf(item.querySelector('time')!, 'datetime') ?? '',
            named: NAMED_IN.get(textOf(byClass(allElements(item), 'named-in')[0] ?? item.querySelector('time')!)),
          }))
        : [];
      const feeds = elements
        .filter((element) => element.tagName === 'link' && attributeOf(element, 'rel') === 'alternate' && attributeOf(element, 'type') === 'application/atom+xml')
        .map((element) => local(attributeOf(element, 'href') ?? ''));
      return {
        file,
        first: `/${hant}${kind}/${slug}/`,
        block: page === undefined ? null : Number(page),
        name: textOf(elements.find((element) => element.tagName === 'h1')?.querySelector('bdi') ?? elements.find((element) => element.tagName === 'h1')!),
        listed,
        prev: headLinks(elements, 'prev').map(local)[0] ?? null,
        next: headLinks(elements, 'next').map(local)[0] ?? null,
        feeds,
        gzip: gzipSync(html).length,
      };
    });
  // A record's pages in reading order: its own address (the newest rows), then its blocks, newest (highest) first.
  const byFirst = new Map<string, RecordPage[]>();
  const readingOrder = (left: RecordPage, right: RecordPage) => (left.block === null ? -1 : right.block === null ? 1 : right.block - left.block);
  for (const page of pages) byFirst.set(page.first, [...(byFirst.get(page.first) ?? []), page].sort(readingOrder));

  // Every name in a kicker links to a page whose heading is that name.
  const expected = new Map<string, Set<string>>();
  for (const kicker of kickers) {
    for (const { name, href } of kicker.names) {
      if (href === null) continue;
      const target = byFirst.get(href);
      if (!target) {
        problems.push(`${kicker.path}: ${name} links to ${href}, which is no speaker or outlet page`);
        continue;
      }
      if (target[0]!.name !== name && !kicker.names.some((other) => other.href === href && other.name === target[0]!.name)) {
        // An outlet is shown with its English name or book-title marks in the kicker; its page shows the name it is filed under.
        if (href.includes('/speakers/')) problems.push(`${kicker.path}: ${name} links to the page of ${target[0]!.name}`);
      }
      expected.set(href, (expected.get(href) ?? new Set()).add(kicker.path));
    }
  }
  // Every answerer has a page: each kicker names at least one speaker by link.
  for (const kicker of kickers) if (!kicker.names.some(({ href }) => href && /\/speakers\//.test(href))) problems.push(`${kicker.path}: no answerer links to a speaker page`);

  for (const href of regionsNamed.keys()) if (!byFirst.has(href)) problems.push(`a question page links to ${href}, which is no region page`);
  for (const [first, parts] of byFirst) {
    const listed = parts.flatMap((part) => part.listed);
    const hrefs = listed.map((entry) => entry.href);
    const want = [...(expected.get(first) ?? [])].sort();
    if (first.includes('/speakers/') || first.includes('/outlets/')) {
      const got = [...hrefs].sort();
      if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${first}: lists ${got.length} question(s), the question pages name it on ${want.length}: ${JSON.stringify(got.filter((href) => !want.includes(href)))} listed but not named, ${JSON.stringify(want.filter((href) => !got.includes(href)))} named but not listed`);
    }
    if (first.includes('/regions/')) {
      const named = regionsNamed.get(first) ?? new Map<string, Set<string>>();
      const got = listed.map((entry) => `${entry.href} ${entry.named}`).sort();
      const want = [...named].map(([path, parts]) => `${path} ${parts.size === 2 ? 'both' : [...parts][0]}`).sort();
      if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${first}: lists ${JSON.stringify(got.filter((entry) => !want.includes(entry)))} that the question pages do not name so, and misses ${JSON.stringify(want.filter((entry) => !got.includes(entry)))}`);
    }
    const dates = listed.map((entry) => entry.date);
    if (dates.some((date, index) => index > 0 && date > dates[index - 1]!)) problems.push(`${first}: not newest first`);
    // Blocks count from the oldest rows: the last page is block 1, and every block is there.
    const blocks = parts.map((part) => part.block).filter((block) => block !== null);
    if (JSON.stringify(blocks) !== JSON.stringify(blocks.map((_, index) => blocks.length - index))) problems.push(`${first}: blocks ${JSON.stringify(blocks)}, expected ${blocks.length} down to 1`);
    parts.forEach((part, index) => {
      const pathOf = (other: RecordPage) => (other.block === null ? first : `${first}${other.block}/`);
      const prev = index > 0 ? pathOf(parts[index - 1]!) : null;
      const next = index < parts.length - 1 ? pathOf(parts[index + 1]!) : null;
      if (part.prev !== prev) problems.push(`${part.file}: rel="prev" is ${part.prev}, expected ${prev}`);
      if (part.next !== next) problems.push(`${part.file}: rel="next" is ${part.next}, expected ${next}`);
      if (part.gzip > PAGE_BUDGET_GZIP) problems.push(`${part.file}: ${part.gzip} bytes gzip, over ${PAGE_BUDGET_GZIP}`);
      if (JSON.stringify(part.feeds) !== JSON.stringify([`${first}feed.xml`])) problems.push(`${part.file}: announces the feeds ${JSON.stringify(part.feeds)}, expected ${first}feed.xml`);
    });
    // The feed's entries are the newest of the page's questions, newest first.
    const feedFile = `${first.slice(1)}feed.xml`;
    if (!files.includes(feedFile)) {
      problems.push(`${first}: no feed at ${feedFile}`);
      continue;
    }
    const entries = childrenNamed(parseXml(readDist(feedFile, folder)), 'entry').map((entry) => {
      const link = childrenNamed(entry, 'link')[0]?.attributes.href ?? '';
      return local(decodeURI(new URL(link).pathname));
    });
    if (JSON.stringify(entries) !== JSON.stringify(hrefs.slice(0, entries.length)) || entries.length !== Math.min(hrefs.length, 50)) {
      problems.push(`${feedFile}: entries ${JSON.stringify(entries.slice(0, 3))}… are not the page's newest ${Math.min(hrefs.length, 50)} questions`);
    }
  }
  return problems;
}
