/**
 * From a request target to the files of a built site that may answer it. Pure: no file is read here.
 */

/** Give the path of a request target, still percent-encoded (`/a/b/` from `/a/b/?q` or `http://host/a/b/`), or null when it is not a valid target. */
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
