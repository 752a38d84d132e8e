/**
 * How codes and terms are grouped into rows. Pure; any context.
 * Chromium's IndexedDB costs about as much per row as per kilobyte (measured: 19k one-code rows took
 * 40x longer to write than the same data in 39 rows), so the store keeps a few hundred rows per
 * release: one per bucket of codes sharing their first two characters (`J1` holds J10–J19, `I` the
 * chapter I). A code's bucket is computable from the code alone, so a lookup is one `get`.
 * Changing the bucketing changes where rows live: it needs a new schema version with an upgrade.
 */

/** The bucket of a canonical code: its first two characters, upper-cased. */
export function bucketOf(code: string): string {
  return code.slice(0, 2).toUpperCase();
}

/** Group `items` by the bucket of `codeOf(item)`, keeping their order. */
export function groupByBucket<T>(items: readonly T[], codeOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const bucket = bucketOf(codeOf(item));
    const list = groups.get(bucket);
    if (list) list.push(item);
    else groups.set(bucket, [item]);
  }
  return groups;
}
