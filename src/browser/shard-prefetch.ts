// Fetching a shard's first files ahead of its Pagefind module, so that best match first asks for
// every shard's entry and metadata at once rather than one shard after the other.

const fetched = new Map<string, Promise<unknown>>();

/**
 * Fetch a shard's entry and metadata into the browser's cache, once (again after a failure): its
 * module starts only once the first shard's is running (see loadShard), and then finds them there.
 * The entry's address is the one Pagefind asks for when the shard is named by its metadata.
 * @param basePath the shard's folder (`/pagefind-2/`)
 * @param meta the name of its metadata file (`pagefind.<meta>.pf_meta`), from the search data
 */
export function prefetchShard(basePath: string, meta: string): void {
  if (fetched.has(basePath)) return;
  const files = [`${basePath}pagefind-entry.json?ts=${meta}`, `${basePath}pagefind.${meta}.pf_meta`];
  // Read whole, so the browser keeps them; a failure is Pagefind's to meet again, and report.
  const fetching = Promise.all(files.map((file) => fetch(file).then((response) => response.arrayBuffer())));
  fetched.set(basePath, fetching);
  fetching.catch(() => fetched.delete(basePath));
}
