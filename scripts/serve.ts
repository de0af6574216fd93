/**
 * Serve dist/ on Vite's preview server (the one `astro preview` runs) the way a static host or CDN
 * does: see serve/static-site.ts. Used by `npm start`, `npm run preview`, tests and benchmarks.
 *
 *   npm run preview [-- --port 4321]
 *
 * A taken port is skipped for the next free one, as `astro dev` does. Connections are limited, and
 * one that sends or reads nothing for a while is closed.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { preview, type LogLevel } from 'vite';
import { paths } from './paths';
import { staticSite } from './serve/static-site';

/** A running server and how to stop it. */
export interface RunningServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/** How many connections are open at once; more are refused until one closes. */
const MAX_CONNECTIONS = 256;
/** How long a connection may send or read nothing before it is closed, in milliseconds. */
const IDLE_TIMEOUT = 30_000;

/** Serve a built site folder on a local port (0 picks a free one; a taken one, the next free one). */
export async function serve({
  root = paths.dist,
  base = process.env.BASE ?? '/',
  port = 0,
  host = '127.0.0.1',
  logLevel = 'silent' as LogLevel,
  maxConnections = MAX_CONNECTIONS,
  idleTimeout = IDLE_TIMEOUT,
} = {}): Promise<RunningServer> {
  const folder = resolve(root);
  if (!existsSync(folder)) throw new Error(`${folder} does not exist: build the site first (npm run build).`);
  const running = await preview({
    configFile: false,
    envDir: false,
    root: dirname(folder),
    // The site's files, 404 pages and base are all the plugin's: Vite's HTML fallbacks stay out.
    appType: 'custom',
    logLevel,
    clearScreen: false,
    build: { outDir: folder },
    preview: { host, port, strictPort: false, cors: false, open: false },
    plugins: [staticSite({ root: folder, base })],
  });
  const server = running.httpServer as Server;
  server.maxConnections = maxConnections;
  server.setTimeout(idleTimeout);
  server.keepAliveTimeout = Math.min(server.keepAliveTimeout, idleTimeout);
  server.headersTimeout = Math.min(server.headersTimeout, idleTimeout);
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const prefix = base.replace(/^\/?/, '/').replace(/\/?$/, '/');
  return { url: `http://${host}:${actualPort}${prefix}`, server, close: () => running.close() };
}

/** Read a `--port` value: a whole number from 0 to 65535. */
export function parsePort(text: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(port <= 65535)) throw new Error(`--port takes a whole number from 0 to 65535 (0 picks a free port), not "${text}".`);
  return port;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4321' } } });
    // At level info, Vite says when the port asked for is taken and it tries the next.
    const running = await serve({ port: parsePort(values.port), logLevel: 'info' });
    console.log(`Serving dist/ at ${running.url}  (Ctrl+C to stop)`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
