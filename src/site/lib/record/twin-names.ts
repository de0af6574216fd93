/**
 * Map each name as the other script's pages print it to the name the record files it under (the
 * simplified one), by pairing the name lists of twin pages position by position: `陳遠` → `陈远`.
 * A name printed alike in both scripts maps to itself; the first pairing of a name wins.
 * @param pairs each twin pair's names: the record's script first, the other script second
 */
export function twinNames(pairs: Iterable<readonly [readonly string[], readonly string[]]>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [filed, printed] of pairs) {
    printed.forEach((name, index) => {
      const key = filed[index];
      if (key !== undefined && !keys.has(name)) keys.set(name, key);
    });
  }
  return keys;
}
