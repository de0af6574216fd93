import { beforeAll, describe, expect, it } from 'vitest';
import { attributeOf } from '../helpers/html';
import { archivePath, BUILD_BASE, DIST, distFiles, readDist, requireBuild, SCRIPTS } from '../helpers/site';
import { childrenNamed, parseXml } from '../helpers/xml';
import { parsePage } from './pages';
import { recordProblems } from './record-pages';

// The speaker and outlet pages of the shared build, set against its question pages, and the feeds.

beforeAll(() => requireBuild());

describe('speaker, outlet and region pages', () => {
  it('list exactly the questions whose pages name them (a region: in the question, the answer or both), newest first, in pages of at most 60 KB gzip, each with its feed', () => {
    expect(recordProblems(DIST, BUILD_BASE)).toEqual([]);
  });

  it.each(SCRIPTS)('exist for the seed conference in %s: 王毅 and the outlets that asked him', (script) => {
    const prefix = archivePath(script).slice(1);
    const files = distFiles(DIST);
    expect(files).toContain(`${prefix}speakers/王毅/index.html`);
    expect(files).toContain(`${prefix}outlets/人民日报/index.html`);
    // Question 4 asks about China and the US; the answer also names Taiwan.
    for (const code of ['cn', 'us', 'tw']) expect(files).toContain(`${prefix}regions/${code}/index.html`);
  });
});

describe('feeds', () => {
  it.each(SCRIPTS)('the archive in %s announces the feed of new conferences, which is Atom and lists the seed', (script) => {
    const page = parsePage(`${archivePath(script).slice(1)}index.html`);
    const link = page.elements.find((element) => element.tagName === 'link' && attributeOf(element, 'type') === 'application/atom+xml');
    expect(link && attributeOf(link, 'rel')).toBe('alternate');
    const href = attributeOf(link!, 'href')!;
    const feed = parseXml(readDist(`${href.slice(BUILD_BASE.length)}`));
    expect(feed.name).toBe('feed');
    expect(feed.attributes['xml:lang']).toBe(script);
    const entries = childrenNamed(feed, 'entry');
    expect(entries.map((entry) => new URL(childrenNamed(entry, 'link')[0]!.attributes.href!).pathname)).toEqual([`${BUILD_BASE}${archivePath(script).slice(1)}2024-03-07-wang-yi/`]);
  });

  it('every feed is well-formed Atom whose self link is its own address', () => {
    const feeds = distFiles(DIST).filter((file) => file.endsWith('feed.xml'));
    expect(feeds.length).toBeGreaterThan(2);
    for (const file of feeds) {
      const feed = parseXml(readDist(file));
      expect(feed.name, file).toBe('feed');
      const self = childrenNamed(feed, 'link').find((link) => link.attributes.rel === 'self');
      expect(decodeURI(new URL(self!.attributes.href!).pathname), file).toBe(`${BUILD_BASE}${file}`);
      for (const required of ['id', 'title', 'updated', 'author']) expect(childrenNamed(feed, required), `${file} ${required}`).toHaveLength(1);
    }
  });
});
