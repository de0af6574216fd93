import { compareText } from '../../../shared/text';

/**
 * Make a name into a path segment: letters and digits of any script kept (`王毅`, `lin-yuan`), every
 * other run (a space, `·`, `、`, a slash) one hyphen, Latin in lower case; never digits alone.
 */
export function nameSlug(name: string): string {
  const slug = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // A slug of digits alone would be taken for a later page of the list (`/speakers/2/`).
  return /^\d*$/.test(slug) ? `name-${slug}`.replace(/-$/, '') : slug;
}

/**
 * Give each name its slug, the same on every build: names whose slugs would be equal (`Lin Yuan`,
 * `lin·yuan`) take `-2`, `-3`… in code-point order of the names.
 */
export function assignSlugs(names: Iterable<string>): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of [...new Set(names)].sort(compareText)) {
    const base = nameSlug(name);
    let slug = base;
    for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;
    taken.add(slug);
    slugs.set(name, slug);
  }
  return slugs;
}
