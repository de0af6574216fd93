/**
 * Serve dist/ the way a static host or CDN does: gzip for text, index.html for folders,
 * the 404 page for unknown paths, under the configured base. Used by `npm start`, tests and benchmarks.
 *
 *   npm run preview [-- --port 4321]
 *
 * Only GET and HEAD are answered; request targets that cannot name a file of the site (malformed
 * percent-encoding, `..`, encoded slashes or backslashes, NUL) get 400, and nothing outside the
 * folder is ever read. File streams are closed when a client goes away mid-response.
 */
import { createReadStream, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, STATUS_CODES, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { notFoundPath, scriptOfPath } from '../src/lib/paths';
import { paths } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
// Everything textual is gzipped.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);
// Pagefind stores its index, fragments and WebAssembly as gzip streams: sent as they are, labelled
// gzip, the browser inflates them natively, off the page's thread, and Pagefind (which recognises
// the inflated bytes) skips inflating them in JavaScript. A client without gzip gets them as stored.
const GZIP_STORED = new Set(['.pf_meta', '.pf_index', '.pf_filter', '.pf_fragment', '.pagefind']);
const ALLOW = 'GET, HEAD';
// Gzipped bodies kept in memory, least recently used dropped first: the whole site fits many times over.
const GZIP_CACHE_BYTES = 32 * 1024 * 1024;
const gzipAsync = promisify(gzip);

/** A running server and how to stop it. */
export interface RunningServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/** Serve a built site folder on a local port (0 picks a free one). */
export async function serve({ root = paths.dist, base = process.env.BASE ?? '/', port = 0, host = '127.0.0.1' } = {}): Promise<RunningServer> {
  const site = { root: resolve(root), prefix: base.replace(/^\/?/, '/').replace(/\/?$/, '/'), gzipped: new GzipCache(GZIP_CACHE_BYTES) };
  const server = createServer((request, response) => {
    respond(site, request, response).catch((error: unknown) => {
      console.error(`${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (response.headersSent) response.destroy();
      else plain(request, response, 500);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${site.prefix}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface Site {
  root: string;
  prefix: string;
  gzipped: GzipCache;
}

/** Answer one request: a file of the site, its 404 page, or an error for what no static host accepts. */
async function respond(site: Site, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method === 'OPTIONS') return plain(request, response, 204, { allow: ALLOW });
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(request, response, 405, { allow: ALLOW });
  const path = targetPath(request.url ?? '');
  if (path === null || pathSegments(path) === null) return plain(request, response, 400);
  const relative = path.startsWith(site.prefix) ? path.slice(site.prefix.length - 1) : null;
  for (const file of relative === null ? [] : candidatesOfPath(relative)) {
    const info = await stat(join(site.root, file)).catch(() => null);
    if (info?.isFile()) return sendFile(site, request, response, { file, info, status: 200 });
  }
  // Astro writes only the root 404 page as 404.html; the traditional one is an ordinary page.
  const script = relative === null ? 'zh-Hans' : scriptOfPath(relative);
  const notFound = script === 'zh-Hans' ? ['404.html'] : [`${notFoundPath(script).slice(1)}index.html`, '404.html'];
  for (const file of notFound) {
    const info = await stat(join(site.root, file)).catch(() => null);
    if (info?.isFile()) return sendFile(site, request, response, { file, info, status: 404 });
  }
  plain(request, response, 404);
}

/** The path of a request target, still percent-encoded (`/a/b/` from `/a/b/?q` or `http://host/a/b/`), or null when it is not a valid target. */
export function targetPath(target: string): string | null {
  let path = target;
  if (!target.startsWith('/')) {
    // Absolute form, as sent to proxies: keep its path when the URL is valid.
    const authority = /^https?:\/\/[^/?#]*/i.exec(target);
    if (!authority || !URL.canParse(target)) return null;
    path = target.slice(authority[0].length) || '/';
  }
  return path.replace(/[?#][^]*$/, '');
}

/** Split a URL path into its decoded, non-empty segments, or null when one is malformed or could step out of its folder (`..`, `%2f`, `\`, NUL). */
export function pathSegments(path: string): string[] | null {
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return null;
    if (segment !== '') segments.push(segment);
  }
  return segments;
}

/** List the files (relative to the site folder, `/`-separated) a URL path under the base may be served from, in order: the file, then the folder's index.html. */
export function candidatesOfPath(path: string): string[] {
  const segments = pathSegments(path);
  if (segments === null) return [];
  const name = segments.join('/');
  const index = name === '' ? 'index.html' : `${name}/index.html`;
  return name === '' || path.endsWith('/') ? [index] : [name, index];
}

/** Find the file (relative to the site folder) a URL path under the base (`/2024-03-07-wang-yi/05/`) is served from, or null. */
export function fileOfPath(path: string, exists: (file: string) => boolean): string | null {
  return candidatesOfPath(path).find(exists) ?? null;
}

/** Say how long a file may be cached: pages are revalidated, Astro's hashed assets kept for good, the rest briefly. */
export function cacheControl(file: string): string {
  if (file.endsWith('.html')) return 'no-cache';
  if (file.startsWith('_astro/')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=300';
}

/** Send a file of the site: gzipped when it is text and the client accepts gzip, otherwise as stored, in byte ranges if asked. */
async function sendFile(site: Site, request: IncomingMessage, response: ServerResponse, { file, info, status }: { file: string; info: Stats; status: number }): Promise<void> {
  const absolute = join(site.root, file);
  const extension = extname(file).toLowerCase();
  const compressible = COMPRESSIBLE.has(extension);
  const stored = GZIP_STORED.has(extension);
  const gzipped = (compressible || stored) && acceptsGzip(request.headers['accept-encoding']);
  const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}${gzipped ? '-gz' : ''}"`;
  const validators: OutgoingHttpHeaders = { etag, 'cache-control': cacheControl(file), ...((compressible || stored) && { vary: 'Accept-Encoding' }) };
  if (status === 200 && notModified(request, etag, info.mtime)) {
    response.writeHead(304, { ...validators, 'x-content-type-options': 'nosniff' });
    response.end();
    return;
  }
  const headers: OutgoingHttpHeaders = {
    'content-type': TYPES[extension] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'last-modified': info.mtime.toUTCString(),
    ...validators,
  };
  if (gzipped && stored) {
    response.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': info.size });
    if (request.method === 'HEAD') response.end();
    else pipeline(createReadStream(absolute), response, () => {});
    return;
  }
  if (gzipped) {
    const body = await site.gzipped.get(absolute, info);
    response.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  // A Range with a stale If-Range gets the whole file, as does a 404 page.
  const ifRange = request.headers['if-range'];
  const asked = status === 200 && request.headers.range && (!ifRange || ifRange === etag || ifRange === headers['last-modified']);
  const range = asked ? parseRange(request.headers.range!, info.size) : null;
  if (range === 'unsatisfiable') return plain(request, response, 416, { 'content-range': `bytes */${info.size}` });
  const { start, end } = range ?? { start: 0, end: info.size - 1 };
  response.writeHead(range ? 206 : status, {
    ...headers,
    'accept-ranges': 'bytes',
    'content-length': end - start + 1,
    ...(range && { 'content-range': `bytes ${start}-${end}/${info.size}` }),
  });
  if (request.method === 'HEAD' || end < start) {
    response.end();
    return;
  }
  // pipeline, unlike pipe, destroys the file stream (and closes its handle) when the client goes away.
  pipeline(createReadStream(absolute, { start, end }), response, () => {});
}

/** Read one byte range (`bytes=0-99`, `bytes=100-`, `bytes=-100`) against a size; null when absent, malformed or multiple (the whole file is sent). */
export function parseRange(header: string, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const first = match[1] === '' ? null : Number(match[1]);
  const last = match[2] === '' ? null : Number(match[2]);
  if (!Number.isSafeInteger(first ?? 0) || !Number.isSafeInteger(last ?? 0)) return null;
  if (first === null) {
    // A suffix: the last N bytes.
    return last === 0 || size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - last!), end: size - 1 };
  }
  if (last !== null && last < first) return null;
  if (first >= size) return 'unsatisfiable';
  return { start: first, end: Math.min(last ?? size - 1, size - 1) };
}

/** Tell whether an Accept-Encoding header accepts gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [name, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    return (name === 'gzip' || name === 'x-gzip') && (quality === undefined || Number(quality.slice(2)) > 0);
  });
}

/** Tell whether the client's copy is current, by ETag (If-None-Match) or else by date (If-Modified-Since). */
function notModified(request: IncomingMessage, etag: string, modified: Date): boolean {
  const tags = request.headers['if-none-match'];
  if (tags !== undefined) return tags.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, '')));
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since;
}

/** Answer with a status and its standard phrase as plain text. */
function plain(request: IncomingMessage, response: ServerResponse, status: number, headers: OutgoingHttpHeaders = {}): void {
  const body = status === 204 ? '' : `${status} ${STATUS_CODES[status] ?? ''}\n`;
  response.writeHead(status, {
    ...headers,
    'content-type': 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...(status !== 204 && { 'content-length': Buffer.byteLength(body) }),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Gzipped file bodies by file version (path, size, modification time), compressed once off the main thread, within a byte budget. */
class GzipCache {
  readonly #entries = new Map<string, { body: Promise<Buffer>; bytes: number }>();
  #bytes = 0;

  constructor(readonly budget: number) {}

  /** Give a file's gzipped body, compressing it on first use. */
  get(file: string, info: Stats): Promise<Buffer> {
    const key = `${file}\0${info.size}\0${info.mtimeMs}`;
    const cached = this.#entries.get(key);
    if (cached) {
      // Most recently used last: Map keeps insertion order.
      this.#entries.delete(key);
      this.#entries.set(key, cached);
      return cached.body;
    }
    const entry = { body: readFile(file).then((data) => gzipAsync(data, { level: 9 })), bytes: 0 };
    this.#entries.set(key, entry);
    entry.body.then(
      (body) => {
        if (this.#entries.get(key) !== entry) return;
        entry.bytes = body.length;
        this.#bytes += body.length;
        for (const [oldest, { bytes }] of this.#entries) {
          if (this.#bytes <= this.budget) break;
          this.#entries.delete(oldest);
          this.#bytes -= bytes;
        }
      },
      () => this.#entries.get(key) === entry && this.#entries.delete(key),
    );
    return entry.body;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' } } });
  const running = await serve({ port: Number(values.port) });
  console.log(`Serving dist/ at ${running.url}  (Ctrl+C to stop)`);
}
