/**
 * Serve dist/ the way a static host or CDN does: gzip for text, index.html for folders,
 * the 404 page for unknown paths, under the configured base. Used by `npm start`, tests and benchmarks.
 *
 *   npm run preview [-- --port 4321]
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { paths } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};
// Pagefind's index files are compressed already; everything textual is gzipped on the fly.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg']);

/** A running server and how to stop it. */
export interface RunningServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/** Serve a built site folder on a local port (0 picks a free one). */
export async function serve({ root = paths.dist, base = process.env.BASE ?? '/', port = 0, host = '127.0.0.1' } = {}): Promise<RunningServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    const file = pathname.startsWith(prefix) ? await resolveFile(root, pathname.slice(prefix.length)) : null;
    const found = file ?? (await notFoundPage(root, pathname.slice(prefix.length)));
    const status = file ? 200 : 404;
    const extension = extname(found);
    const headers: Record<string, string> = { 'content-type': TYPES[extension] ?? 'application/octet-stream', vary: 'accept-encoding' };
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      const body = gzipSync(await readFile(found), { level: 9 });
      response.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': String(body.length) });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(status, headers);
    if (request.method === 'HEAD') response.end();
    else createReadStream(found).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${prefix}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Pick the 404 page in the script of the missing path: traditional under zh-hant/, simplified elsewhere. */
async function notFoundPage(root: string, relative: string): Promise<string> {
  // Astro writes only the root 404 page as 404.html; the traditional one is an ordinary page.
  const twin = join(root, 'zh-hant', '404', 'index.html');
  return relative.startsWith('zh-hant/') && (await stat(twin).catch(() => null)) ? twin : join(root, '404.html');
}

/** Map a URL path to a file in the site, or null (folders serve their index.html; nothing escapes the root). */
async function resolveFile(root: string, relative: string): Promise<string | null> {
  const candidate = normalize(join(root, relative));
  if (!candidate.startsWith(normalize(root))) return null;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return file;
  }
  return null;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' } } });
  const running = await serve({ port: Number(values.port) });
  console.log(`Serving dist/ at ${running.url}  (Ctrl+C to stop)`);
}
