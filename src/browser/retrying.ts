/**
 * Give a loader that keeps what it loaded, but forgets a failure: a request that failed once (a
 * dropped connection, a deploy in progress) is made again on the next call, not reported for ever.
 * @param load called with the number of the attempt, from 0
 */
export function retrying<T>(load: (attempt: number) => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  let attempts = 0;
  return () =>
    (loading ??= load(attempts++).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
