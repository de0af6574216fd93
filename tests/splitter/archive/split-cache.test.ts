import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BuiltConference, SourceFile } from '../../../src/splitter/archive/build';
import {
  cachedConference,
  candidatesForReuse,
  conferenceKey,
  parseSplitCache,
  reusableConferences,
  splitCacheText,
  type CachedConference,
  type PageStamp,
} from '../../../src/splitter/archive/split-cache';
import { countForms, formCountsText } from '../../../src/shared/search/script-map';

const CODE = 'code-digest-1';
const TRANSCRIPT_PATH = 'content/transcripts/2024-05-01-wang-wenbin.txt';
const EDITORIAL_PATH = 'content/editorial/2024-05-01-wang-wenbin.yaml';

const transcript = (text: string, path = TRANSCRIPT_PATH): SourceFile<Uint8Array> => ({ path, content: new TextEncoder().encode(text) });
const editorial = (content: string, path = EDITORIAL_PATH): SourceFile<string> => ({ path, content });

/** A cached conference with two pages, as a split would remember it. */
function cached(id: string, key: string, pages: readonly PageStamp[] = pagesOf(id)): CachedConference {
  const built: BuiltConference = {
    file: `content/transcripts/${id}.txt`,
    report: { file: `content/transcripts/${id}.txt`, id, questions: 0, joins: [], continuation: null, edited: false },
    forms: formCountsText(countForms([['发展', '發展']])),
    pages: pages.map((page) => page.path),
  };
  return cachedConference(built, key, onDiskOf(pages));
}

const digestOf = (text: string) => createHash('sha256').update(text).digest('hex');
const STAMPED_AT = Date.UTC(2026, 0, 1);

function pagesOf(id: string): PageStamp[] {
  return [
    { path: `zh-hans/${id}/index.mdx`, sha256: digestOf(`${id} 简`), status: '1:2:3:4' },
    { path: `zh-hant/${id}/index.mdx`, sha256: digestOf(`${id} 繁`), status: '1:2:3:4' },
  ];
}

/** The stamps of pages as they are on disk now, keyed by path. */
const onDiskOf = (pages: readonly PageStamp[]) => new Map(pages.map(({ path, ...stamp }) => [path, stamp]));

describe('conferenceKey', () => {
  const base = () => conferenceKey(CODE, transcript('甲报记者：问？\n汪文斌：答。\n'), editorial('topics:\n  "1": 一\n'));

  it('is the same for the same inputs', () => {
    expect(base()).toBe(base());
    expect(base()).toMatch(/^[0-9a-f]{64}$/);
    expect(conferenceKey(CODE, transcript('问'), undefined)).toBe(conferenceKey(CODE, transcript('问'), undefined));
  });

  it.each([
    ['the code digest', () => conferenceKey('code-digest-2', transcript('甲报记者：问？\n汪文斌：答。\n'), editorial('topics:\n  "1": 一\n'))],
    ['the transcript bytes', () => conferenceKey(CODE, transcript('甲报记者：问？\n汪文斌：答！\n'), editorial('topics:\n  "1": 一\n'))],
    [
      'the transcript path',
      () => conferenceKey(CODE, transcript('甲报记者：问？\n汪文斌：答。\n', 'content/transcripts/2024-05-02-wang-wenbin.txt'), editorial('topics:\n  "1": 一\n')),
    ],
    ['the editorial text', () => conferenceKey(CODE, transcript('甲报记者：问？\n汪文斌：答。\n'), editorial('topics:\n  "1": 二\n'))],
    ['the editorial path', () => conferenceKey(CODE, transcript('甲报记者：问？\n汪文斌：答。\n'), editorial('topics:\n  "1": 一\n', 'content/editorial/x/2024-05-01-wang-wenbin.yaml'))],
    ['whether there is an editorial file', () => conferenceKey(CODE, transcript('甲报记者：问？\n汪文斌：答。\n'), undefined)],
  ])('changes with %s', (_name, other) => {
    expect(other()).not.toBe(base());
  });

  it('changes with one byte of the transcript, even one that is not valid UTF-8', () => {
    const bytes = new TextEncoder().encode('汪文斌：答。\n');
    const changed = Uint8Array.from(bytes);
    changed[0] = 0xff;
    expect(conferenceKey(CODE, { path: TRANSCRIPT_PATH, content: changed }, undefined)).not.toBe(conferenceKey(CODE, { path: TRANSCRIPT_PATH, content: bytes }, undefined));
  });
});

describe('parseSplitCache', () => {
  const conferences = [cached('2024-05-01-wang-wenbin', 'key-1'), cached('2024-03-07-wang-yi', 'key-2', [])];

  it.each([
    ['an empty text', ''],
    ['invalid JSON', '{"format": 1, "code": '],
    ['JSON that is not an object', '[1, 2, 3]'],
    ['JSON null', 'null'],
    ['JSON of another shape', JSON.stringify({ format: 1, code: CODE, conferences: [{ file: 'a.txt', key: 'k' }] })],
    ['a cache with no conferences list', JSON.stringify({ format: 1, code: CODE })],
    ['a cache of another format', splitCacheText(CODE, STAMPED_AT, conferences).replace('"format":3', '"format":1')],
    ['a cache with no format', JSON.stringify({ code: CODE, conferences })],
  ])('gives no cache for %s', (_name, text) => {
    expect(parseSplitCache(text)).toBeUndefined();
  });

  it('reads back what splitCacheText wrote', () => {
    const text = splitCacheText(CODE, STAMPED_AT, conferences);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseSplitCache(text)).toEqual({ format: 3, code: CODE, stampedAt: STAMPED_AT, conferences });
    expect(parseSplitCache(text)).not.toBeUndefined();
  });

  it('reads back an empty cache', () => {
    expect(parseSplitCache(splitCacheText(CODE, STAMPED_AT, []))).toEqual({ format: 3, code: CODE, stampedAt: STAMPED_AT, conferences: [] });
  });
});

describe('candidatesForReuse', () => {
  const one = cached('2024-05-01-wang-wenbin', 'key-1');
  const two = cached('2024-05-02-mao-ning', 'key-2');
  const three = cached('2024-05-03-lin-jian', 'key-3');
  const cache = parseSplitCache(splitCacheText(CODE, STAMPED_AT, [one, two, three]));
  const allKeys = new Map([
    [one.file, 'key-1'],
    [two.file, 'key-2'],
    [three.file, 'key-3'],
  ]);

  it('gives nothing without a cache', () => {
    expect(candidatesForReuse(undefined, CODE, allKeys)).toEqual([]);
  });

  it('gives nothing when the code digest differs, even if every key matches', () => {
    expect(candidatesForReuse(cache, 'another-code', allKeys)).toEqual([]);
  });

  it('gives every conference whose key matches', () => {
    expect(candidatesForReuse(cache, CODE, allKeys)).toEqual([one, two, three]);
  });

  it('leaves out a conference whose key changed and one whose transcript is gone', () => {
    const keys = new Map([
      [one.file, 'key-1'],
      [two.file, 'key-2-changed'],
      ['content/transcripts/2024-05-04-new.txt', 'key-4'],
    ]);
    expect(candidatesForReuse(cache, CODE, keys)).toEqual([one]);
  });

  it('does not match a key under another transcript path', () => {
    expect(candidatesForReuse(cache, CODE, new Map([[two.file, 'key-1']]))).toEqual([]);
  });
});

describe('reusableConferences', () => {
  const one = cached('2024-05-01-wang-wenbin', 'key-1');
  const two = cached('2024-05-02-mao-ning', 'key-2');
  const asBuilt = (conference: CachedConference): BuiltConference => ({
    file: conference.file,
    report: conference.report,
    pages: conference.pages.map((page) => page.path),
    forms: conference.forms,
  });

  it('gives back the pages and forms of conferences whose pages are all as the split left them', () => {
    const reusable = reusableConferences([one, two], onDiskOf([...one.pages, ...two.pages]));
    expect(reusable).toEqual([asBuilt(one), asBuilt(two)]);
    expect(reusable[0]?.pages).toEqual(['zh-hans/2024-05-01-wang-wenbin/index.mdx', 'zh-hant/2024-05-01-wang-wenbin/index.mdx']);
    expect(reusable[0]?.forms).toBe('发發1 展展1');
  });

  it.each([
    ['is missing', (stamps: PageStamp[]) => stamps.slice(1)],
    ['has other content', (stamps: PageStamp[]) => stamps.map((stamp, index) => (index === 0 ? { ...stamp, sha256: digestOf('edited') } : stamp))],
  ])('drops a conference one of whose pages %s, and keeps the others', (_name, change) => {
    const onDisk = onDiskOf([...change(one.pages), ...two.pages]);
    expect(reusableConferences([one, two], onDisk)).toEqual([asBuilt(two)]);
  });

  it.each([
    ['script-map counts', (entry: CachedConference) => ({ ...entry, forms: '发發999' })],
    ['a question count', (entry: CachedConference) => ({ ...entry, report: { ...entry.report, questions: 7 } })],
    ['a page digest', (entry: CachedConference) => ({ ...entry, pages: entry.pages.map((page) => ({ ...page, sha256: digestOf('other') })) })],
    ['a page list', (entry: CachedConference) => ({ ...entry, pages: entry.pages.slice(1) })],
    ['a page status', (entry: CachedConference) => ({ ...entry, pages: entry.pages.map((page) => ({ ...page, status: '9:9:9:9' })) })],
  ])('drops an entry that passes the schema but holds garbage (%s)', (_name, garble) => {
    const garbled = garble(one);
    const onDisk = onDiskOf([...garbled.pages, ...two.pages]);
    expect(parseSplitCache(splitCacheText(CODE, STAMPED_AT, [garbled, two]))?.conferences).toHaveLength(2);
    expect(reusableConferences([garbled, two], onDisk)).toEqual([asBuilt(two)]);
  });

  it('drops a conference that has no pages recorded: every conference has pages', () => {
    const empty = cached('2024-05-03-lin-jian', 'key-3', []);
    expect(reusableConferences([empty], new Map())).toEqual([]);
  });

  it('gives nothing for no candidates', () => {
    expect(reusableConferences([], onDiskOf(one.pages))).toEqual([]);
  });
});

describe('cachedConference', () => {
  const forms = formCountsText(countForms([['发展关系', '發展關係'], ['发', '髮']]));
  const built: BuiltConference = {
    file: 'content/transcripts/2024-05-01-wang-wenbin.txt',
    report: { file: 'content/transcripts/2024-05-01-wang-wenbin.txt', id: '2024-05-01-wang-wenbin', questions: 1, joins: [{ line: 3, resumedOn: 5 }], continuation: null, edited: true },
    pages: ['zh-hans/2024-05-01-wang-wenbin/index.mdx', 'zh-hans/2024-05-01-wang-wenbin/01.mdx', 'zh-hant/2024-05-01-wang-wenbin/index.mdx', 'zh-hant/2024-05-01-wang-wenbin/01.mdx'],
    forms,
  };

  it('records every page with its stamp, the key, the report and the forms as text', () => {
    const stamps = built.pages.map((path, index) => ({ path, sha256: digestOf(String(index)), status: `${index}:1:2:3` }));
    expect(cachedConference(built, 'key-1', onDiskOf(stamps))).toEqual({ file: built.file, key: 'key-1', report: built.report, forms, pages: stamps, seal: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('records only the pages that have stamps', () => {
    const stamps = [{ path: 'zh-hant/2024-05-01-wang-wenbin/index.mdx', sha256: digestOf('7'), status: '7:1:2:3' }, { path: 'zh-hant/2024-05-01-wang-wenbin/other.mdx', sha256: digestOf('1'), status: '1:1:2:3' }];
    expect(cachedConference(built, 'key-1', onDiskOf(stamps)).pages).toEqual([stamps[0]]);
  });

  it('is reused as the conference it was made from when its pages are unchanged', () => {
    const stamps = onDiskOf(built.pages.map((path, index) => ({ path, sha256: digestOf(String(index)), status: `${index}:1:2:3` })));
    const record = cachedConference(built, 'key-1', stamps);
    const [again] = candidatesForReuse(parseSplitCache(splitCacheText(CODE, STAMPED_AT, [record])), CODE, new Map([[built.file, 'key-1']]));
    expect(reusableConferences(again ? [again] : [], stamps)).toEqual([built]);
  });
});
