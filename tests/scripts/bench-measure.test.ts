import { describe, expect, it } from 'vitest';
import { check, displayWidth, formatTable, gzipSize, inlineScripts, inlineSize, inlineStyles, parseTimeOutput, resourceKind, summarize } from '../../scripts/bench/measure';

describe('inlineScripts', () => {
  it('keeps inline executable scripts and skips external and data scripts', () => {
    const html = [
      '<script>var a = 1;</script>',
      '<script type="module" src="/_astro/page.js"></script>',
      '<script type="module">import("./x.js")</script>',
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      '<SCRIPT type="text/javascript">b()</SCRIPT>',
    ].join('\n');
    expect(inlineScripts(html)).toEqual(['var a = 1;', 'import("./x.js")', 'b()']);
  });

  it('finds inline styles', () => {
    expect(inlineStyles('<style>a{color:red}</style><link rel="stylesheet" href="x.css"><style media="print">b{}</style>')).toEqual(['a{color:red}', 'b{}']);
  });
});

const GZIP_REPEATED = 49;
const GZIP_A_B = 23;

describe('sizes', () => {
  // Pinned byte counts of gzip at level 9 (what a CDN sends): 18 bytes of header and trailer, then the deflate stream.
  it('gives the gzip size of a text', () => {
    const text = '问答'.repeat(500);
    expect(Buffer.byteLength(text)).toBe(3000);
    expect(gzipSize(text)).toBe(GZIP_REPEATED);
    expect(gzipSize(new TextEncoder().encode(text))).toBe(GZIP_REPEATED);
  });

  it('measures inline bodies as one text joined by line breaks', () => {
    expect(inlineSize([])).toEqual({ count: 0, raw: 0, gzip: 0 });
    expect(inlineSize(['a', 'b'])).toEqual({ count: 2, raw: 3, gzip: gzipSize('a\nb') });
    expect(gzipSize('a\nb')).toBe(GZIP_A_B);
  });
});

describe('parseTimeOutput', () => {
  it('reads the last "%e %M" line of GNU time', () => {
    expect(parseTimeOutput('Command exited with non-zero status 1\n12.34 567890\n')).toEqual({ wallSeconds: 12.34, peakRssKiB: 567890 });
    expect(parseTimeOutput('garbage')).toBeNull();
  });
});

describe('resourceKind', () => {
  it('classifies by content type, then by extension', () => {
    expect(resourceKind('text/html; charset=utf-8', '/')).toBe('html');
    expect(resourceKind('text/css', '/a.css')).toBe('css');
    expect(resourceKind('text/javascript; charset=utf-8', '/a.js')).toBe('js');
    expect(resourceKind('application/octet-stream', '/pagefind/x.js')).toBe('js');
    expect(resourceKind('application/wasm', '/x.wasm')).toBe('other');
    expect(resourceKind('image/svg+xml', '/favicon.svg')).toBe('other');
  });
});

describe('summarize and check', () => {
  it('gives the median and the worst value', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, worst: 5, count: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, worst: 4, count: 4 });
    expect(summarize([]).count).toBe(0);
  });

  it('checks upper and lower limits, failing on missing values', () => {
    expect(check('a', 10, 10, 'ms').pass).toBe(true);
    expect(check('a', 11, 10, 'ms').pass).toBe(false);
    expect(check('a', 99, 100, 'score', 'goal', true).pass).toBe(false);
    expect(check('a', Number.NaN, 10, 'ms').pass).toBe(false);
  });
});

describe('formatTable', () => {
  it('aligns columns by display width, CJK counting double, numbers to the right', () => {
    const table = formatTable(['query', 'ms'], [['南海', 12], ['x', 345]]).split('\n');
    expect(table[0]).toBe('query   ms');
    expect(table[2]).toBe('南海    12');
    expect(table[3]).toBe('x      345');
    expect(displayWidth('南海a')).toBe(5);
  });
});
