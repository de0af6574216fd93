import { describe, expect, it } from 'vitest';
import { atomFeed, FEED_ENTRIES, type AtomFeed } from '../../../../src/site/lib/feeds/atom';
import { childrenNamed, parseXml } from '../../../helpers/xml';

const feed = (entries: AtomFeed['entries']): AtomFeed => ({
  self: 'https://example.org/speakers/王毅/feed.xml',
  page: 'https://example.org/speakers/王毅/',
  title: '王毅 & <答问>',
  language: 'zh-Hans',
  author: '答问录',
  entries,
  fallbackDate: '2024-03-07',
});

describe('atomFeed', () => {
  it('writes well-formed Atom with escaped text, the newest entry giving updated', () => {
    const root = parseXml(
      atomFeed(
        feed([
          { url: 'https://example.org/c/02/', title: '“中美”<关系>', date: '2024-03-07', authors: ['王毅'], summary: 'a & b' },
          { url: 'https://example.org/c/01/', title: '第1问', date: '2024-03-06' },
        ]),
      ),
    );
    expect(root.name).toBe('feed');
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(childrenNamed(root, 'title')[0]?.text).toBe('王毅 & <答问>');
    expect(childrenNamed(root, 'updated')[0]?.text).toBe('2024-03-07T00:00:00Z');
    const entries = childrenNamed(root, 'entry');
    expect(entries.map((entry) => childrenNamed(entry, 'title')[0]?.text)).toEqual(['“中美”<关系>', '第1问']);
    expect(childrenNamed(entries[0]!, 'summary')[0]?.text).toBe('a & b');
    expect(childrenNamed(root, 'link').map((link) => link.attributes.rel)).toEqual(['self', 'alternate']);
  });

  it(`keeps the newest ${FEED_ENTRIES} entries and dates an empty feed by its fallback`, () => {
    const many = Array.from({ length: FEED_ENTRIES + 5 }, (_, index) => ({ url: `https://example.org/${index}/`, title: `${index}`, date: '2024-01-01' }));
    expect(childrenNamed(parseXml(atomFeed(feed(many))), 'entry')).toHaveLength(FEED_ENTRIES);
    expect(childrenNamed(parseXml(atomFeed(feed([]))), 'updated')[0]?.text).toBe('2024-03-07T00:00:00Z');
  });
});
