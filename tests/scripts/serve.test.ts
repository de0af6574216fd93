import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect, createServer as createTcpServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePort, serve, type RunningServer } from '../../scripts/serve';
import { PROJECT } from '../helpers/project';

// Every test talks to the real server over a temporary site: a fake dist/ and, beside it, sibling
// folders (dist-old/, dist.bak/) and a file holding secrets that no request may ever read. Requests
// go over node:http or raw sockets, since fetch would normalize the hostile URLs before sending them.

// Commands start a Node process with tsx and Vite: slow on a busy machine.
const COMMAND_TIMEOUT = 120_000;

const SECRETS = ['SECRET-OLD', 'SECRET-BAK', 'SECRET-PARENT'];
const HOME = `<!doctype html><title>首页</title><p>${'答问录 '.repeat(200)}</p>\n`;
const FILES: Record<string, string | Buffer> = {
  'dist/index.html': HOME,
  'dist/404.html': '<!doctype html><title>404</title><p>页面不存在</p>\n',
  'dist/sub/index.html': '<!doctype html><title>sub</title>\n',
  'dist/zh-hant/index.html': '<!doctype html><title>首頁</title>\n',
  'dist/zh-hant/404/index.html': '<!doctype html><title>404</title><p>頁面不存在</p>\n',
  'dist/_astro/page.B3xYz9Qa.js': `console.log(${JSON.stringify('x'.repeat(500))});\n`,
  'dist/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n',
  'dist/robots.txt': 'User-agent: *\nAllow: /\n',
  'dist/pagefind/fragment/zh-hans_5f3a.pf_fragment': gzipSync('{"url":"/sub/","content":"答问"}'),
  'dist/empty.txt': '',
  'dist/big.bin': randomBytes(2 * 1024 * 1024),
  'dist/big.txt': randomBytes(2 * 1024 * 1024).toString('base64'),
  'dist-old/secret.txt': SECRETS[0]!,
  'dist-old/index.html': SECRETS[0]!,
  'dist.bak/secret.txt': SECRETS[1]!,
  'secret.txt': SECRETS[2]!,
};

let parent: string;
let root: string;
let running: RunningServer;
let port: number;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'dawenlu-serve-'));
  root = join(parent, 'dist');
  for (const [file, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(parent, file)), { recursive: true });
    writeFileSync(join(parent, file), content);
  }
  // Links out of the site, to a file, a folder and the folder holding it; and one that stays inside.
  symlinkSync(join(parent, 'secret.txt'), join(root, 'leak.txt'));
  symlinkSync('../dist-old', join(root, 'old'));
  symlinkSync('..', join(root, 'up'));
  symlinkSync('robots.txt', join(root, 'robots-link.txt'));
  running = await serve({ root, base: '/', port: 0 });
  port = portOf(running);
});

afterAll(async () => {
  await running?.close();
  rmSync(parent, { recursive: true, force: true });
});

/** The port a running server listens on. */
const portOf = (server: RunningServer) => Number(new URL(server.url).port);

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Send one request with node:http (which sends the path as given) and collect the answer. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET', to = port): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: to, path, method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

/** Send a request line byte for byte over a raw socket and give the status and the whole answer. */
function raw(line: string, to = port): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(to, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
    // Written, not ended: a half-closed socket would let the server drop the answer.
    socket.write(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

/** The text of a file of the fake site. */
const fileText = (file: string) => readFileSync(join(root, file), 'utf8');
/** The body as the client sees it, gunzipped when it came gzipped. */
const decoded = (answer: Answer) => (answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.body) : answer.body).toString('utf8');
const GZIP = { 'accept-encoding': 'gzip, deflate, br' };
const big = FILES['dist/big.bin'] as Buffer;

describe('serve: a site as a static host serves it', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/sub/', 'sub/index.html'],
    ['/sub', 'sub/index.html'],
    ['/zh-hant/', 'zh-hant/index.html'],
    ['/?q=1#x', 'index.html'],
  ])('GET %s serves %s', async (path, file) => {
    const answer = await get(path, GZIP);
    expect(answer.status).toBe(200);
    expect(decoded(answer)).toBe(fileText(file));
  });

  it('gzips text for clients that accept gzip, with Vary, and sends it as stored otherwise', async () => {
    const zipped = await get('/', GZIP);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    // Compressed as it is sent: chunked, for HEAD as for GET.
    expect(zipped.headers['content-length']).toBeUndefined();
    expect(zipped.body.length).toBeLessThan(Buffer.byteLength(HOME) / 10);
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(HOME);
    // Level 9, as the benchmarks measure page weight.
    expect(zipped.body.length).toBe(gzipSync(HOME, { level: 9 }).length);

    for (const headers of [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'gzip;q=0, br' }] as Record<string, string>[]) {
      const plain = await get('/', headers);
      expect(plain.headers['content-encoding'], JSON.stringify(headers)).toBeUndefined();
      expect(plain.headers.vary).toBe('Accept-Encoding');
      expect(plain.body.toString('utf8')).toBe(HOME);
      expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(HOME));
    }
  });

  it("serves Pagefind's gzip-stored files byte for byte, labelled gzip for a client that takes it, never gzipped again", async () => {
    const stored = FILES['dist/pagefind/fragment/zh-hans_5f3a.pf_fragment'] as Buffer;
    const answer = await get('/pagefind/fragment/zh-hans_5f3a.pf_fragment', GZIP);
    expect(answer.status).toBe(200);
    // The browser inflates it natively, and Pagefind reads the inflated bytes as they are.
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.body.equals(stored)).toBe(true);
    expect(gunzipSync(answer.body).toString('utf8')).toBe('{"url":"/sub/","content":"答问"}');
    // Without gzip, as stored: Pagefind inflates it itself.
    const plain = await get('/pagefind/fragment/zh-hans_5f3a.pf_fragment');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(stored)).toBe(true);
    expect(plain.headers.etag).not.toBe(answer.headers.etag);
  });

  it('answers unknown paths with 404.html, and unknown paths under zh-hant/ with the traditional 404 page', async () => {
    for (const [path, file] of [
      ['/nowhere/', '404.html'],
      ['/sub/missing.html', '404.html'],
      ['/zh-hant/nowhere/', 'zh-hant/404/index.html'],
      ['/zh-hant/2024-03-07-wang-yi/99/', 'zh-hant/404/index.html'],
    ] as const) {
      const answer = await get(path, GZIP);
      expect(answer.status, path).toBe(404);
      expect(decoded(answer), path).toBe(fileText(file));
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    }
  });

  it('serves under the base path only', async () => {
    const based = await serve({ root, base: '/site', port: 0 });
    try {
      expect(based.url).toBe(`http://127.0.0.1:${portOf(based)}/site/`);
      const home = await get('/site/', GZIP, 'GET', portOf(based));
      expect([home.status, decoded(home)]).toEqual([200, HOME]);
      const sub = await get('/site/sub/', {}, 'GET', portOf(based));
      expect([sub.status, decoded(sub)]).toEqual([200, fileText('sub/index.html')]);
      for (const path of ['/', '/sub/', '/index.html', '/sitex/']) {
        const outside = await get(path, {}, 'GET', portOf(based));
        expect([outside.status, decoded(outside)], path).toEqual([404, fileText('404.html')]);
      }
      const traditional = await get('/site/zh-hant/nowhere/', {}, 'GET', portOf(based));
      expect([traditional.status, decoded(traditional)]).toEqual([404, fileText('zh-hant/404/index.html')]);
    } finally {
      await based.close();
    }
  });

  it('serves the new content of a rebuilt file (compressed bodies are kept per file version)', async () => {
    const file = join(root, 'sub', 'rebuilt.html');
    writeFileSync(file, 'first version\n');
    utimesSync(file, new Date('2024-01-01T00:00:00Z'), new Date('2024-01-01T00:00:00Z'));
    expect(decoded(await get('/sub/rebuilt.html', GZIP))).toBe('first version\n');
    writeFileSync(file, 'second version\n');
    utimesSync(file, new Date('2024-01-02T00:00:00Z'), new Date('2024-01-02T00:00:00Z'));
    expect(decoded(await get('/sub/rebuilt.html', GZIP))).toBe('second version\n');
  });

  it('prints where it serves when run as a command, and serves dist/ of DAWENLU_ROOT there', async () => {
    const command = await startCommand(['--port', '0']);
    try {
      expect(command.output).toMatch(/^Serving dist\/ at http:\/\/127\.0\.0\.1:\d+\/  \(Ctrl\+C to stop\)\n$/);
      const home = await get('/', {}, 'GET', command.port);
      expect([home.status, decoded(home)]).toEqual([200, HOME]);
    } finally {
      await command.stop();
    }
  }, COMMAND_TIMEOUT);
});

/** Run scripts/serve.ts on the fake site until it prints where it serves; give what it printed, its port and how to stop it. */
async function startCommand(args: string[]): Promise<{ output: string; port: number; stop: () => Promise<unknown> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', ...args], {
    cwd: PROJECT,
    env: { ...process.env, DAWENLU_ROOT: parent, BASE: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill();
    return exited;
  };
  const output = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      text += chunk;
      if (/^Serving .*\n/m.test(text)) resolve(text);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`serve.ts exited with ${code} before printing: ${text}`)));
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { output, port: Number(/^Serving .*:(\d+)\//m.exec(output)![1]), stop };
}

/** Run scripts/serve.ts to its end; give its exit code and what it printed on each stream. */
function runCommand(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', ...args], {
      cwd: PROJECT,
      env: { ...process.env, DAWENLU_ROOT: parent, BASE: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('serve: headers', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', 'no-cache'],
    ['/404-not-here/', 'text/html; charset=utf-8', 'no-cache'],
    ['/_astro/page.B3xYz9Qa.js', 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/favicon.svg', 'image/svg+xml', 'public, max-age=300'],
    ['/robots.txt', 'text/plain; charset=utf-8', 'public, max-age=300'],
    ['/big.bin', 'application/octet-stream', 'public, max-age=300'],
  ])('GET %s: %s, Cache-Control %s, nosniff and validators', async (path, type, cache) => {
    const answer = await get(path, GZIP);
    expect(answer.headers['content-type']).toBe(type);
    expect(answer.headers['cache-control']).toBe(cache);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(Date.parse(answer.headers['last-modified'] ?? '')).not.toBeNaN();
    expect(answer.headers['content-length']).toBe(answer.headers['content-encoding'] === 'gzip' ? undefined : String(answer.body.length));
  });

  it('answers 304 without a body to a current If-None-Match or If-Modified-Since, 200 to a stale one', async () => {
    for (const headers of [GZIP, {}]) {
      const first = await get('/', headers);
      const etag = first.headers.etag!;
      const conditions: Record<string, string>[] = [{ 'if-none-match': etag }, { 'if-none-match': `W/${etag}` }, { 'if-none-match': `"other", ${etag}` }, { 'if-modified-since': first.headers['last-modified']! }];
      for (const condition of conditions) {
        const again = await get('/', { ...headers, ...condition });
        expect(again.status, JSON.stringify(condition)).toBe(304);
        expect(again.body.length).toBe(0);
        expect(again.headers.etag).toBe(etag);
        expect(again.headers['cache-control']).toBe('no-cache');
      }
      expect((await get('/', { ...headers, 'if-none-match': '"stale"' })).status).toBe(200);
      expect((await get('/', { ...headers, 'if-modified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' })).status).toBe(200);
      // Only an HTTP date in the past is a condition: not a year, not the future.
      for (const since of ['3000', 'Fri, 01 Jan 3000 00:00:00 GMT', '2999-01-01']) {
        expect((await get('/', { ...headers, 'if-modified-since': since })).status, since).toBe(200);
      }
    }
    // The gzipped and the stored body are different representations: they never share an ETag.
    expect((await get('/', GZIP)).headers.etag).not.toBe((await get('/')).headers.etag);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    for (const [path, headers] of [['/', GZIP], ['/', {}], ['/big.bin', GZIP], ['/nowhere/', GZIP]] as const) {
      const full = await get(path, headers);
      const head = await get(path, headers, 'HEAD');
      expect(head.status, path).toBe(full.status);
      expect(head.body.length).toBe(0);
      for (const name of ['content-type', 'content-length', 'content-encoding', 'etag', 'cache-control', 'vary']) {
        expect(head.headers[name], `${path} ${name}`).toBe(full.headers[name]);
      }
    }
    // Nothing follows a HEAD answer on the wire, even for a large file.
    const { text } = await raw('HEAD /big.bin HTTP/1.1');
    expect(text.endsWith('\r\n\r\n')).toBe(true);
  });

  it.each([
    ['bytes=0-9', 0, 9],
    ['bytes=10-', 10, big.length - 1],
    ['bytes=-5', big.length - 5, big.length - 1],
    ['bytes=100-99999999', 100, big.length - 1],
  ])('Range %s of an uncompressed file gives 206 with Content-Range', async (range, start, end) => {
    const answer = await get('/big.bin', { ...GZIP, range });
    expect(answer.status).toBe(206);
    expect(answer.headers['content-range']).toBe(`bytes ${start}-${end}/${big.length}`);
    expect(Number(answer.headers['content-length'])).toBe(end - start + 1);
    expect(answer.body.equals(big.subarray(start, end + 1))).toBe(true);
  });

  it('answers 416 to a range past the end, and the whole file to several ranges or a stale If-Range', async () => {
    const past = await get('/big.bin', { range: `bytes=${big.length}-` });
    expect([past.status, past.headers['content-range']]).toEqual([416, `bytes */${big.length}`]);
    for (const headers of [{ range: 'bytes=0-1,5-6' }, { range: 'bytes=0-9', 'if-range': '"stale"' }, { range: 'lines=1-2' }] as Record<string, string>[]) {
      const answer = await get('/big.bin', headers);
      expect(answer.status, JSON.stringify(headers)).toBe(200);
      expect(answer.body.equals(big)).toBe(true);
    }
    const etag = (await get('/big.bin', { range: 'bytes=0-0' })).headers.etag!;
    expect((await get('/big.bin', { range: 'bytes=0-9', 'if-range': etag })).status).toBe(206);
    // Text is ranged as stored when the client does not ask for gzip.
    const text = await get('/', { range: 'bytes=0-14' });
    expect([text.status, text.body.toString('utf8')]).toEqual([206, HOME.slice(0, 15)]);
    const empty = await get('/empty.txt', {});
    expect([empty.status, empty.headers['content-length'], empty.body.length]).toEqual([200, '0', 0]);
  });
});

describe('serve: hostile requests', () => {
  // The same site under a base, for traversals that start inside it.
  let basedServer: RunningServer;
  let based: number;
  beforeAll(async () => {
    basedServer = await serve({ root, base: '/site/', port: 0 });
    based = portOf(basedServer);
  });
  afterAll(() => basedServer?.close());

  it.each([
    'GET /% HTTP/1.1',
    'GET /%ff HTTP/1.1',
    'GET /abc%zz HTTP/1.1',
    'GET /%C0%AF HTTP/1.1',
    'GET /%ED%A0%80 HTTP/1.1',
    'GET /zh-hant/%E5% HTTP/1.1',
    'GET http:// HTTP/1.1',
    'GET http://x:99999/ HTTP/1.1',
    'GET ftp://x/ HTTP/1.1',
    'GET index.html HTTP/1.1',
    'GET * HTTP/1.1',
  ])('%s gets 400 and the server keeps serving', async (line) => {
    expect((await raw(line)).status).toBe(400);
    const next = await get('/');
    expect([next.status, decoded(next)]).toEqual([200, HOME]);
  });

  it('serves an absolute-form request target like its path', async () => {
    const { status, text } = await raw('GET http://127.0.0.1/sub/?q HTTP/1.1');
    expect(status).toBe(200);
    expect(text).toContain(fileText('sub/index.html'));
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE'])('%s gets 405 with Allow: GET, HEAD', async (method) => {
    const answer = await get('/', {}, method);
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
    expect(answer.body.toString('utf8')).not.toContain('首页');
  });

  it('OPTIONS gets 204 with Allow: GET, HEAD', async () => {
    for (const line of ['OPTIONS / HTTP/1.1', 'OPTIONS * HTTP/1.1']) {
      const { status, text } = await raw(line);
      expect(status, line).toBe(204);
      expect(text).toMatch(/\r\nAllow: GET, HEAD\r\n/i);
    }
  });

  const TRAVERSALS = [
    '/../dist-old/secret.txt',
    '/sub/../../dist-old/secret.txt',
    '/..%2fdist-old/secret.txt',
    '/..%2Fdist-old%2Fsecret.txt',
    '/..%2fdist-old/',
    '/%2e%2e/dist-old/secret.txt',
    '/%2e%2e%2fdist-old%2fsecret.txt',
    '/%2E%2E/dist.bak/secret.txt',
    '/.%2e/dist.bak/secret.txt',
    '/sub/%2e%2e/%2e%2e/secret.txt',
    '/..\\dist-old\\secret.txt',
    '/..%5cdist-old%5csecret.txt',
    '/%2e%2e%5cdist.bak%5csecret.txt',
    '/..%00/dist-old/secret.txt',
    '/..%2fdist-old/secret.txt%00.html',
    '/secret.txt%00',
    '/%252e%252e/dist-old/secret.txt',
    '/%252e%252e%252fdist-old%252fsecret.txt',
    '/..%252fdist.bak/secret.txt',
    '/..%c0%afdist-old/secret.txt',
    '/..%e0%80%afdist-old/secret.txt',
    '//..%2fdist-old/secret.txt',
    '/dist-old/secret.txt',
    '/../secret.txt',
    // Through symlinks in the site that lead out of it.
    '/leak.txt',
    '/old/secret.txt',
    '/old/',
    '/up/secret.txt',
    '/up/dist-old/secret.txt',
    '/up/dist.bak/secret.txt',
  ];

  it.each(TRAVERSALS)('GET %s reads nothing outside the site (also under a base, and in absolute form)', async (path) => {
    for (const [line, server] of [
      [`GET ${path} HTTP/1.1`, port],
      [`GET /site${path} HTTP/1.1`, based],
      [`GET http://127.0.0.1${path} HTTP/1.1`, port],
    ] as const) {
      const { status, text } = await raw(line, server);
      expect([400, 404], line).toContain(status);
      for (const secret of SECRETS) expect(text, line).not.toContain(secret);
    }
  });

  it('serves a symlink that stays inside the site', async () => {
    const answer = await get('/robots-link.txt');
    expect([answer.status, answer.body.toString('utf8')]).toEqual([200, fileText('robots.txt')]);
  });

  it('refuses a Host that is not this machine (DNS rebinding), as Vite does', async () => {
    expect((await get('/', { host: 'attacker.example' })).status).toBe(403);
    expect((await get('/', { host: `localhost:${port}` })).status).toBe(200);
  });

  it.runIf(existsSync('/proc/self/fd'))(
    'closes file handles when clients disconnect mid-download (2,000 aborted 2 MB downloads, half of them gzipped)',
    async () => {
      const handles = () => readdirSync('/proc/self/fd').length;
      /** Wait until the count of open handles reaches a target or stops changing, and give it. */
      const settled = async (target: number) => {
        let last = handles();
        for (let unchanged = 0; last > target && unchanged < 40; ) {
          await sleep(25);
          const now = handles();
          unchanged = now === last ? unchanged + 1 : 0;
          last = now;
        }
        return last;
      };
      /** Start downloading a large file and hang up as soon as its first bytes arrive; give how many bytes came. */
      const abort = (request: string) =>
        new Promise<number>((resolve, reject) => {
          const socket = connect(port, '127.0.0.1');
          socket.once('data', (chunk) => {
            socket.destroy();
            resolve(chunk.length);
          });
          socket.on('error', reject);
          socket.write(`${request}\r\nHost: 127.0.0.1\r\n\r\n`);
        });
      await get('/big.bin');
      const baseline = await settled(0);
      for (let batch = 0; batch < 40; batch++) {
        const request = batch % 2 ? 'GET /big.txt HTTP/1.1\r\nAccept-Encoding: gzip' : 'GET /big.bin HTTP/1.1';
        const received = await Promise.all(Array.from({ length: 50 }, () => abort(request)));
        // Each client hung up long before the end: the server was still sending.
        expect(Math.max(...received)).toBeLessThan(big.length);
      }
      expect(await settled(baseline + 5)).toBeLessThanOrEqual(baseline + 5);
      const after = await get('/big.bin');
      expect([after.status, after.body.length]).toEqual([200, big.length]);
    },
    120_000,
  );
});

describe('serve: connections and ports', () => {
  /** Open a connection and give it once connected. */
  const open = (to: number) =>
    new Promise<Socket>((resolve, reject) => {
      const socket = connect(to, '127.0.0.1', () => resolve(socket));
      socket.once('error', reject);
    });
  /** Wait until the server closes a connection; give what came over it. */
  const closed = (socket: Socket) =>
    new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      // A reset is a close too.
      socket.on('error', () => {});
      socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    });
  /** Send a request on an open, kept-alive connection and wait for the first bytes of the answer. */
  const ask = (socket: Socket) =>
    new Promise<string>((resolve) => {
      socket.once('data', (chunk: Buffer) => resolve(chunk.toString('latin1')));
      socket.write('GET /robots.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    });
  /** Wait until the server holds at most a number of connections. */
  const connections = async (server: RunningServer, most: number) => {
    const count = () => new Promise<number>((resolve, reject) => server.server.getConnections((error, n) => (error ? reject(error) : resolve(n))));
    while ((await count()) > most) await sleep(10);
  };
  /** A TCP server holding a free port of 127.0.0.1, as another program would. */
  const holdPort = async () => {
    const holder = createTcpServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const address = holder.address();
    return { port: typeof address === 'object' && address ? address.port : 0, close: () => new Promise((resolve) => holder.close(resolve)) };
  };

  it('refuses connections beyond its limit, and serves again once one closes', async () => {
    const limited = await serve({ root, port: 0, maxConnections: 2 });
    const to = portOf(limited);
    const held: Socket[] = [];
    try {
      for (let index = 0; index < 2; index++) {
        held.push(await open(to));
        expect(await ask(held.at(-1)!)).toMatch(/^HTTP\/1\.1 200 /);
      }
      // The third is closed at once, with nothing said.
      const refused = await open(to);
      refused.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      expect(await closed(refused)).toBe('');
      held.shift()!.destroy();
      await connections(limited, 1);
      const after = await get('/', {}, 'GET', to);
      expect([after.status, decoded(after)]).toEqual([200, HOME]);
    } finally {
      for (const socket of held) socket.destroy();
      await limited.close();
    }
  });

  it('closes connections that send or read nothing for its idle timeout', async () => {
    const impatient = await serve({ root, port: 0, idleTimeout: 200 });
    const to = portOf(impatient);
    try {
      // Silent from the start, and silent in the middle of a request's headers.
      expect(await closed(await open(to))).not.toMatch(/ 200 /);
      const halfway = await open(to);
      halfway.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      expect(await closed(halfway)).not.toMatch(/ 200 /);
      // A client that asks for a large file and stops reading it.
      const stalled = await open(to);
      stalled.on('error', () => {});
      stalled.pause();
      stalled.write('GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      await connections(impatient, 0);
      stalled.destroy();
      const after = await get('/', {}, 'GET', to);
      expect([after.status, decoded(after)]).toEqual([200, HOME]);
    } finally {
      await impatient.close();
    }
  });

  it('takes the next free port when the one asked for is taken', async () => {
    const holder = await holdPort();
    try {
      const next = await serve({ root, port: holder.port });
      try {
        expect(portOf(next)).toBeGreaterThan(holder.port);
        expect((await get('/', {}, 'GET', portOf(next))).status).toBe(200);
      } finally {
        await next.close();
      }
    } finally {
      await holder.close();
    }
  });

  it('says so when run as a command on a taken port, and prints the port it took', async () => {
    const holder = await holdPort();
    try {
      const command = await startCommand(['--port', String(holder.port)]);
      try {
        expect(command.output).toContain(`Port ${holder.port} is in use, trying another one...`);
        expect(command.port).toBeGreaterThan(holder.port);
        expect((await get('/', {}, 'GET', command.port)).status).toBe(200);
      } finally {
        await command.stop();
      }
    } finally {
      await holder.close();
    }
  }, COMMAND_TIMEOUT);

  it.each([['abc'], ['70000'], ['1.5'], ['-1'], [''], ['0x50']])('--port %j is a one-line error', async (value) => {
    const { code, stdout, stderr } = await runCommand([`--port=${value}`]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^[^\n]+\n$/);
    expect(stderr).toContain('--port');
  }, COMMAND_TIMEOUT);

  it('says what to do when there is no site to serve', async () => {
    await expect(serve({ root: join(parent, 'not-built') })).rejects.toThrow(/not-built does not exist: build the site first \(npm run build\)\.$/);
  });

  it.each([
    ['4321', 4321],
    ['0', 0],
    ['65535', 65535],
  ])('parsePort(%s) is %i', (text, port) => {
    expect(parsePort(text)).toBe(port);
  });
});
