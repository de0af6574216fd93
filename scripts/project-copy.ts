/** Copies of the project for tests and benchmarks: one way to make them. */
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project being copied (this checkout). */
export const PROJECT = resolve(import.meta.dirname, '..');

/** What `npm run build` reads besides content and packages. */
export const SITE_SOURCES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'] as const;

/**
 * Copy the given entries of the project into `root`, and give it a `node_modules` that is a real
 * folder of links to the project's packages rather than one link, so that the caches Astro and
 * Vite keep there (`.astro/data-store.json`, `.vite`) land in the copy: every build of a copy
 * starts cold and never touches the project's own cache.
 */
export function copyProjectInto(root: string, entries: readonly string[] = SITE_SOURCES): void {
  mkdirSync(root, { recursive: true });
  for (const entry of entries) {
    if (existsSync(join(PROJECT, entry))) cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  }
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(PROJECT, 'node_modules', name), join(root, 'node_modules', name));
  }
}
