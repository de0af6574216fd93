/** Pure helpers of the benchmark: HTML inspection, sizes, statistics, budget checks and table layout. */
import { gzipSync } from 'node:zlib';

/** Gzip size as the site's server (and a CDN at its best setting) sends it: level 9. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(typeof content === 'string' ? Buffer.from(content) : content, { level: 9 }).length;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/giu;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/giu;
const EXECUTABLE_TYPE = /^\s*$|^\s*(module|(text|application)\/(java|ecma)script)\s*$/iu;

/** The bodies of a document's inline executable `<script>` elements (no `src`, JavaScript or module type). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/iu.test(` ${attributes}`)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/iu.exec(attributes)?.[1] ?? '';
    if (EXECUTABLE_TYPE.test(type)) scripts.push(body);
  }
  return scripts;
}

/** The bodies of a document's inline `<style>` elements. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(STYLE)].map(([, body = '']) => body);
}

/** Raw and gzip bytes of a list of inline bodies, concatenated as the browser reads them from one document. */
export function inlineSize(bodies: readonly string[]): { count: number; raw: number; gzip: number } {
  const joined = bodies.join('\n');
  return { count: bodies.length, raw: Buffer.byteLength(joined), gzip: bodies.length === 0 ? 0 : gzipSize(joined) };
}

/** Parse the `%e %M` line GNU time writes (-o file): wall seconds and peak RSS in KiB. */
export function parseTimeOutput(text: string): { wallSeconds: number; peakRssKiB: number } | null {
  const lines = text.trim().split('\n');
  for (const line of lines.reverse()) {
    const match = /^\s*(\d+(?:\.\d+)?)\s+(\d+)\s*$/u.exec(line);
    if (match) return { wallSeconds: Number(match[1]), peakRssKiB: Number(match[2]) };
  }
  return null;
}

/** What kind of resource a response is, from its content type (and URL as a fallback). */
export type ResourceKind = 'html' | 'css' | 'js' | 'other';
export function resourceKind(contentType: string, url: string): ResourceKind {
  const type = contentType.toLowerCase();
  if (type.includes('text/html')) return 'html';
  if (type.includes('text/css')) return 'css';
  if (type.includes('javascript') || type.includes('ecmascript')) return 'js';
  if (type === '' || type.includes('octet-stream')) {
    if (/\.m?js(\?|$)/u.test(url)) return 'js';
    if (/\.css(\?|$)/u.test(url)) return 'css';
  }
  return 'other';
}

/** Median (mean of the middle two for even counts) and maximum. */
export function summarize(values: readonly number[]): { median: number; worst: number; count: number } {
  if (values.length === 0) return { median: Number.NaN, worst: Number.NaN, count: 0 };
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, worst: sorted.at(-1) as number, count: sorted.length };
}

/** One budget or goal, checked. */
export interface Check {
  name: string;
  value: number;
  limit: number;
  unit: string;
  /** Budgets fail the run's verdict; goals are reported only. */
  kind: 'budget' | 'goal';
  pass: boolean;
}

/** Check a measured value against an upper limit (or a lower one with `atLeast`). */
export function check(name: string, value: number, limit: number, unit: string, kind: Check['kind'] = 'budget', atLeast = false): Check {
  const pass = Number.isFinite(value) && (atLeast ? value >= limit : value <= limit);
  return { name, value, limit, unit, kind, pass };
}

/** Display width of text in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Lay out rows as aligned columns under a header; numbers (and cells starting with a digit) align right. */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => displayWidth(row[column] ?? ''))));
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number' || /^[\d.,-]/u.test(String(row[column] ?? '-'))));
  const pad = (text: string, column: number) => {
    const fill = ' '.repeat(Math.max(0, (widths[column] ?? 0) - displayWidth(text)));
    return numeric[column] ? fill + text : text + fill;
  };
  const line = (row: readonly string[]) => row.map((cell, column) => pad(cell, column)).join('  ').trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(cells[0] ?? []), rule, ...cells.slice(1).map(line)].join('\n');
}

/** Bytes as `12.3 KB` (1 KB = 1024 bytes). */
export function kb(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : 'n/a';
}

/** Bytes as `12.3 MB` (1 MB = 1024 × 1024 bytes). */
export function mb(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : 'n/a';
}

/** Milliseconds as `123 ms` or `12.3 ms`. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
}
