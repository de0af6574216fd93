import type { Script } from '../../shared/content/schema';
import { scriptOfPath } from '../../shared/paths';

/** Tell the script of the page being rendered from its URL, ignoring the configured base. */
export function pageScript(url: URL, base: string): Script {
  const path = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : url.pathname;
  return scriptOfPath(path.replace(/^\/+/, '/'));
}
