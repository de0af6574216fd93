/**
 * The files of a built site, answered as a static host or CDN does, from Vite's preview server: gzip for
 * text, index.html for folders, the 404 page for unknown paths, under the configured base.
 *
 * Only GET and HEAD are answered; request targets that cannot name a file of the site (malformed
 * percent-encoding, `..`, encoded slashes or backslashes, NUL) get 400, and nothing outside the folder
 * is ever read, through symlinks neither. File streams are closed when a client goes away mid-response.
 */
import { createReadStream, type Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { STATUS_CODES, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { Plugin } from 'vite';
import { notFoundPath, scriptOfPath } from '../../src/shared/paths';
import { acceptsGzip, cacheControl, isNotModified, parseRange } from './http-headers';
import { candidatesOfPath, pathSegments, targetPath } from './request-target';

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
// Everything textual is gzipped, at the level the benchmark's page weights assume.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);
const GZIP_LEVEL = 9;
// Pagefind stores its index, fragments and WebAssembly as gzip streams: sent as they are, labelled
// gzip, the browser inflates them natively, off the page's thread, and Pagefind (which recognises
// the inflated bytes) skips inflating them in JavaScript. A client without gzip gets them as stored.
const GZIP_STORED = new Set(['.pf_meta', '.pf_index', '.pf_filter', '.pf_fragment', '.pagefind']);
const ALLOW = 'GET, HEAD';

/** Where a site is and the path it is served under. */
export interface SiteOptions {
  root: string;
  base: string;
}

interface Site {
  /** The folder's real path: every file served resolves inside it. */
  root: string;
  /** The base as `/` or `/site/`. */
  prefix: string;
}

interface SiteFile {
  /** Relative to the site folder, `/`-separated. */
  file: string;
  absolute: string;
  info: Stats;
}

/** Answer every request of Vite's preview server with a file of the site folder, its 404 page or an error status. */
export function staticSite({ root, base }: SiteOptions): Plugin {
  return {
    name: 'dawenlu:static-site',
    async configurePreviewServer(server) {
      const site: Site = { root: await realpath(root), prefix: base.replace(/^\/?/, '/').replace(/\/?$/, '/') };
      // Registered in front of Vite's own compression and static-file middleware (sirv), and never handing
      // a request on to them: sirv follows symlinks out of the folder and reads `bytes=-100` as the first
      // bytes, and both keep a file open for each download a client abandons.
      const handle = (request: IncomingMessage, response: ServerResponse) => {
        respond(site, request, response).catch((error: unknown) => {
          console.error(`${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
          if (response.headersSent) response.destroy();
          else plain(request, response, 500);
        });
      };
      server.middlewares.use(handle);
      // Connect hands a middleware only paths that start with its route, and `*` (of `OPTIONS *`) does not.
      server.middlewares.use('*', handle);
    },
  };
}

/** Answer one request: a file of the site, its 404 page, or an error for what no static host accepts. */
async function respond(site: Site, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method === 'OPTIONS') return plain(request, response, 204, { allow: ALLOW });
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(request, response, 405, { allow: ALLOW });
  // As sent: Connect strips the route it matched from request.url.
  const path = targetPath((request as { originalUrl?: string }).originalUrl ?? request.url ?? '');
  if (path === null || pathSegments(path) === null) return plain(request, response, 400);
  const relativePath = path.startsWith(site.prefix) ? path.slice(site.prefix.length - 1) : null;
  const found = relativePath === null ? null : await firstFile(site, candidatesOfPath(relativePath));
  if (found) return sendFile(request, response, found, 200);
  // Astro writes only the root 404 page as 404.html; the traditional one is an ordinary page.
  const script = relativePath === null ? 'zh-Hans' : scriptOfPath(relativePath);
  const notFound = await firstFile(site, script === 'zh-Hans' ? ['404.html'] : [`${notFoundPath(script).slice(1)}index.html`, '404.html']);
  if (notFound) return sendFile(request, response, notFound, 404);
  plain(request, response, 404);
}

/** Find the first of some files (relative to the site folder) that is a regular file whose real path lies inside the folder. */
async function firstFile(site: Site, files: string[]): Promise<SiteFile | null> {
  for (const file of files) {
    const absolute = await realpath(join(site.root, file)).catch(() => null);
    if (absolute === null || !absolute.startsWith(site.root + sep)) continue;
    const info = await stat(absolute).catch(() => null);
    if (info?.isFile()) return { file: relative(site.root, absolute).split(sep).join('/'), absolute, info };
  }
  return null;
}

/** Send a file of the site: gzipped when it is text and the client accepts gzip, otherwise as stored, in a byte range if asked. */
function sendFile(request: IncomingMessage, response: ServerResponse, { file, absolute, info }: SiteFile, status: number): void {
  const extension = extname(file).toLowerCase();
  const stored = GZIP_STORED.has(extension);
  const encodable = stored || COMPRESSIBLE.has(extension);
  const gzipped = encodable && acceptsGzip(request.headers['accept-encoding']);
  const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}${gzipped ? '-gz' : ''}"`;
  const validators: OutgoingHttpHeaders = { etag, 'cache-control': cacheControl(file), ...(encodable && { vary: 'Accept-Encoding' }) };
  if (status === 200 && isNotModified(request.headers, etag, info.mtime)) {
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
  if (gzipped) {
    // A gzip stream's length is known only once it is written: it goes chunked, for HEAD as for GET.
    response.writeHead(status, { ...headers, 'content-encoding': 'gzip', ...(stored && { 'content-length': info.size }) });
    if (request.method === 'HEAD') response.end();
    else if (stored) pipeline(createReadStream(absolute), response, () => {});
    else pipeline(createReadStream(absolute), createGzip({ level: GZIP_LEVEL }), response, () => {});
    return;
  }
  // Ranges are of the bytes as stored. A Range with a stale If-Range gets the whole file, as does a 404 page.
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
