// node pfexp.mts <dist> <out> <full|article> : index the first zh-Hans shard
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { EXCLUDED_FROM_INDEX } from '/work/main/src/lib/search/index-rules';
import { pageOfGeneratedFile, shardPages } from '/work/main/src/lib/search/shards';
const [dist, out, mode] = process.argv.slice(2) as [string, string, string];
const gen = join(dist, '../content/generated/zh-hans');
const files = (await readdir(gen, { recursive: true })).filter((f) => f.endsWith('.mdx')).map(pageOfGeneratedFile);
const pages = shardPages(files)[0]!;
const t0 = performance.now();
let bytes = 0;
const { index } = await pagefind.createIndex({ excludeSelectors: [...EXCLUDED_FROM_INDEX] });
for (const p of pages) {
  let html = await readFile(join(dist, p), 'utf8');
  if (mode === 'article') {
    const start = html.search(/<article[^>]*data-pagefind-body/);
    const end = html.indexOf('</article>', start) + '</article>'.length;
    const head = html.slice(0, html.indexOf('<body'));
    html = `${head.slice(0, head.indexOf('<head'))}<body>${html.slice(start, end)}</body></html>`;
  }
  bytes += html.length;
  await index!.addHTMLFile({ sourcePath: p, content: html });
}
const t1 = performance.now();
await index!.writeFiles({ outputPath: out });
await pagefind.close();
console.log(mode, pages.length, 'pages', (bytes / 1e6).toFixed(1), 'MB chars', 'add', ((t1 - t0) / 1000).toFixed(1), 's', 'write', ((performance.now() - t1) / 1000).toFixed(1), 's');
