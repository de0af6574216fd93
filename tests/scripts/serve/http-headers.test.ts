import { describe, expect, it } from 'vitest';
import { acceptsGzip, cacheControl, isNotModified, parseHttpDate, parseRange } from '../../../scripts/serve/http-headers';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

describe('parseHttpDate', () => {
  it.each([
    ['Sun, 06 Nov 1994 08:49:37 GMT', Date.UTC(1994, 10, 6, 8, 49, 37)],
    ['Sunday, 06-Nov-94 08:49:37 GMT', Date.UTC(1994, 10, 6, 8, 49, 37)],
    ['Monday, 05-Jan-26 08:49:37 GMT', Date.UTC(2026, 0, 5, 8, 49, 37)],
    ['Sun Nov  6 08:49:37 1994', Date.UTC(1994, 10, 6, 8, 49, 37)],
    ['Thu, 01 Jan 1970 00:00:00 GMT', 0],
    ['3000', null],
    ['0', null],
    ['2024-03-07', null],
    ['2024-03-07T00:00:00Z', null],
    ['Sun, 06 Nov 1994 08:49:37', null],
    ['Sun, 06 Nov 1994 08:49:37 +0000', null],
    ['Sun, 6 Nov 1994 08:49:37 GMT', null],
    ['Sun, 31 Feb 1994 08:49:37 GMT', null],
    ['Sun, 06 Nov 1994 25:49:37 GMT', null],
    ['', null],
  ])('parseHttpDate(%j) is %s', (text, time) => {
    expect(parseHttpDate(text, NOW)).toBe(time);
  });
});

describe('isNotModified', () => {
  const etag = '"1a-2b"';
  const modified = new Date(Date.UTC(2026, 0, 1, 0, 0, 0, 500));

  it.each([
    [{ 'if-none-match': etag }, true],
    [{ 'if-none-match': `W/${etag}` }, true],
    [{ 'if-none-match': `"other", ${etag}` }, true],
    [{ 'if-none-match': '*' }, true],
    [{ 'if-none-match': '"other"' }, false],
    // If-None-Match decides alone when present.
    [{ 'if-none-match': '"other"', 'if-modified-since': 'Thu, 01 Jan 2026 00:00:00 GMT' }, false],
    [{ 'if-modified-since': 'Thu, 01 Jan 2026 00:00:00 GMT' }, true],
    [{ 'if-modified-since': 'Wed, 31 Dec 2025 23:59:59 GMT' }, false],
    // Not dates, and a date after now, are no condition.
    [{ 'if-modified-since': '3000' }, false],
    [{ 'if-modified-since': 'tomorrow' }, false],
    [{ 'if-modified-since': 'Fri, 01 Jan 2027 00:00:00 GMT' }, false],
    [{}, false],
  ])('isNotModified(%j) is %s', (headers, current) => {
    expect(isNotModified(headers, etag, modified, NOW)).toBe(current);
  });
});

describe('parseRange', () => {
  it.each([
    ['bytes=0-0', 10, { start: 0, end: 0 }],
    ['bytes=5-', 10, { start: 5, end: 9 }],
    ['bytes=-3', 10, { start: 7, end: 9 }],
    ['bytes=-30', 10, { start: 0, end: 9 }],
    ['bytes=3-100', 10, { start: 3, end: 9 }],
    ['bytes=10-', 10, 'unsatisfiable'],
    ['bytes=-0', 10, 'unsatisfiable'],
    ['bytes=5-3', 10, null],
    ['bytes=-', 10, null],
    ['bytes=0-1, 3-4', 10, null],
    ['bytes=99999999999999999999-', 10, null],
    ['items=0-1', 10, null],
  ] as const)('parseRange(%s) of %i bytes', (header, size, range) => {
    expect(parseRange(header, size)).toEqual(range);
  });
});

describe('acceptsGzip', () => {
  it.each([
    ['gzip', true],
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['GZIP', true],
    ['gzip;q=0', false],
    ['identity', false],
    ['', false],
    [undefined, false],
  ])('acceptsGzip(%s) is %s', (header, accepted) => {
    expect(acceptsGzip(header)).toBe(accepted);
  });
});

describe('cacheControl', () => {
  it.each([
    ['index.html', 'no-cache'],
    ['2024-03-07-wang-yi/05/index.html', 'no-cache'],
    ['_astro/page.B3xYz9Qa.js', 'public, max-age=31536000, immutable'],
    ['pagefind/pagefind.js', 'public, max-age=300'],
  ])('cacheControl(%s) is %s', (file, value) => {
    expect(cacheControl(file)).toBe(value);
  });
});
