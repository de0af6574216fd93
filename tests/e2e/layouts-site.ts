import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../scripts/serve';
import { makeProjectCopy, PROJECT, removeTemp, run } from '../helpers/project';

/** A site built from the seed and some of the layout fixtures (tests/fixtures/layouts/), served on a free port. */
export interface LayoutsSite {
  url: string;
  close: () => Promise<void>;
}

/**
 * Split and build a copy of the project with the given layout fixtures beside the seed (no search
 * index: what these pages show needs none), and serve its dist/ as a static host does.
 * @param fixtures transcript names without `.txt` (`2024-11-05-fmprc-bilingual`)
 */
export async function buildLayoutsSite(fixtures: readonly string[]): Promise<LayoutsSite> {
  const root = makeProjectCopy('dawenlu-e2e-layouts-');
  for (const name of fixtures) cpSync(join(PROJECT, 'tests/fixtures/layouts', `${name}.txt`), join(root, 'content/transcripts', `${name}.txt`));
  for (const [command, args] of [['npx', ['tsx', 'scripts/split.ts']], ['npx', ['astro', 'build', '--silent']]] as const) {
    const step = await run(command, args, { cwd: root, env: { DAWENLU_ROOT: undefined } });
    if (step.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${root}:\n${step.stderr}`);
  }
  const server = await serve({ root: join(root, 'dist') });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      removeTemp(root);
    },
  };
}
