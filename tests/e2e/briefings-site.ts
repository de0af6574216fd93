import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, type RunningServer } from '../../scripts/serve';
import { makeProjectCopy, removeTemp, run } from '../helpers/project';
import { expect, test } from './fixtures';

/** The seed transcript, and its headline. */
export const SEED = readFileSync(join(import.meta.dirname, '../../content/transcripts/2024-03-07-wang-yi.txt'), 'utf8');
export const HEADLINE = '中共中央政治局委员、外交部长王毅就中国外交政策和对外关系回答中外记者提问';

/**
 * A site of its own, built and served for the tests of the describe block it is called in: the seed,
 * and more conferences made of the seed's opening and first two questions under headlines of their own.
 * Give the server, once it runs.
 */
export function briefingsSite(briefings: readonly { id: string; headline: string }[]): () => RunningServer {
  let root: string | undefined;
  let server: RunningServer | undefined;
  test.describe.configure({ mode: 'default' });
  test.beforeAll(async () => {
    test.setTimeout(600_000);
    root = makeProjectCopy();
    const small = SEED.split('\n').slice(0, 36).join('\n');
    for (const { id, headline } of briefings) writeFileSync(join(root, 'content/transcripts', `${id}.txt`), `${small.replace(HEADLINE, headline)}\n`);
    const build = await run('npm', ['run', 'build', '--silent'], { cwd: root, env: { DAWENLU_ROOT: undefined } });
    expect(build.status, build.stderr).toBe(0);
    server = await serve({ root: join(root, 'dist'), port: 0 });
  });
  test.afterAll(async () => {
    await server?.close();
    if (root) removeTemp(root);
  });
  return () => server!;
}
