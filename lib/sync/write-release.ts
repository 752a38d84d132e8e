/**
 * Turning one release into store rows, deleting rows an earlier file left behind, reading one back.
 * Contexts: background worker (seeding), extension pages, Node tests. Rows are whole buckets written
 * with keyed bulkPuts, so writing a release twice (a resumed seed) replaces rows, never duplicates.
 */
import { Dexie } from 'dexie';
import type { Release, TermEntry } from '@/lib/classification/model';
import { groupByBucket } from '@/lib/db/buckets';
import type { CodeBlockRow, SidecoderDb, StoredTerm, TermBlockRow } from '@/lib/db/schema';
import type { SeedProgress } from '@/lib/db/seed-progress';

/** Buckets per write transaction: few commits, yet a live progress bar. */
const CHUNK_ROWS = 60;

/** The rows a release turns into: a code block and (where it has terms) a term block per bucket. */
export function releaseRows(release: Release): { codes: CodeBlockRow[]; terms: TermBlockRow[] } {
  const releaseId = release.meta.id;
  const system = release.meta.system;
  const codes = [...groupByBucket(release.codes, (c) => c.code)].map(([bucket, list]) => ({
    releaseId,
    bucket,
    system,
    codes: list,
  }));
  const terms = [...groupByBucket(release.terms, (t) => t.code)].map(([bucket, list]) => {
    const byCode: Record<string, StoredTerm[]> = {};
    for (const t of list) (byCode[t.code] ??= []).push({ text: t.text, source: t.source });
    return { releaseId, bucket, system, terms: byCode };
  });
  return { codes, terms };
}

function rangeOf(releaseId: string): [[string, unknown], [string, unknown]] {
  return [
    [releaseId, Dexie.minKey],
    [releaseId, Dexie.maxKey],
  ];
}

/** Delete buckets of `releaseId` not in `keep` (left by an earlier, different file of the release). */
export async function deleteStaleRows(
  db: SidecoderDb,
  releaseId: string,
  keep: { codes: Set<string>; terms: Set<string> },
): Promise<number> {
  const [lo, hi] = rangeOf(releaseId);
  let removed = 0;
  for (const [table, buckets] of [
    [db.codeBlocks, keep.codes],
    [db.termBlocks, keep.terms],
  ] as const) {
    const keys = await table.where('[releaseId+bucket]').between(lo, hi, true, true).primaryKeys();
    const stale = keys.filter(([, bucket]) => !buckets.has(bucket));
    if (stale.length) await table.bulkDelete(stale);
    removed += stale.length;
  }
  return removed;
}

/** Remove a release and all its rows (a half-seeded release the source no longer offers). */
export async function deleteRelease(db: SidecoderDb, releaseId: string): Promise<void> {
  const [lo, hi] = rangeOf(releaseId);
  await db.transaction('rw', [db.releases, db.codeBlocks, db.termBlocks], async () => {
    await db.codeBlocks.where('[releaseId+bucket]').between(lo, hi, true, true).delete();
    await db.termBlocks.where('[releaseId+bucket]').between(lo, hi, true, true).delete();
    await db.releases.delete(releaseId);
  });
}

/** A stored release read back as a Release (to rebuild an index over releases seeded earlier). */
export async function readRelease(db: SidecoderDb, releaseId: string): Promise<Release> {
  const meta = await db.releases.get(releaseId);
  if (!meta) throw new Error(`release ${releaseId} is not stored`);
  const [lo, hi] = rangeOf(releaseId);
  const codeRows = await db.codeBlocks.where('[releaseId+bucket]').between(lo, hi, true, true).toArray();
  const termRows = await db.termBlocks.where('[releaseId+bucket]').between(lo, hi, true, true).toArray();
  const terms: TermEntry[] = termRows.flatMap((row) =>
    Object.entries(row.terms).flatMap(([code, list]) =>
      list.map((t) => ({ system: row.system, code, text: t.text, source: t.source })),
    ),
  );
  const { status: _s, sha256: _h, readyAt: _r, error: _e, ...releaseMeta } = meta;
  return { meta: releaseMeta, codes: codeRows.flatMap((r) => r.codes), terms };
}

/**
 * Write every release's buckets and resolve when all have committed; `progress` is recorded as each
 * chunk commits, counted in codes and terms (what a coder recognises) rather than storage rows.
 * The chunks go through IndexedDB directly, each transaction committed explicitly as soon as its
 * rows are handed over: Chromium then writes them in its own process while this thread goes on
 * (building the search index), instead of waiting for this thread between transactions. Nothing
 * observes these tables live, so bypassing Dexie's change tracking loses nothing; meta (which pages
 * observe) still goes through Dexie.
 */
export async function writeReleases(
  db: SidecoderDb,
  releases: Release[],
  rows: ReturnType<typeof releaseRows>[],
  progress: (value: SeedProgress) => Promise<unknown>,
): Promise<() => Promise<unknown>> {
  const idb = (await db.open()).backendDB();
  const total = releases.reduce((n, r) => n + r.codes.length + r.terms.length, 0);
  const commits: Promise<unknown>[] = [];
  let done = 0;
  for (const phase of ['codes', 'terms'] as const) {
    const storeName = phase === 'codes' ? db.codeBlocks.name : db.termBlocks.name;
    for (const [i, r] of rows.entries()) {
      const list: (CodeBlockRow | TermBlockRow)[] = r[phase];
      const perRow = releases[i]![phase].length / Math.max(list.length, 1);
      for (let at = 0; at < list.length; at += CHUNK_ROWS) {
        const tx = idb.transaction(storeName, 'readwrite', { durability: 'relaxed' });
        const store = tx.objectStore(storeName);
        for (const row of list.slice(at, at + CHUNK_ROWS)) store.put(row);
        done += Math.min(CHUNK_ROWS, list.length - at) * perRow;
        const value: SeedProgress = { phase, done: Math.min(Math.round(done), total), total };
        const committed = new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onabort = () => reject(tx.error ?? new Error(`writing ${storeName} was aborted`));
        });
        tx.commit();
        commits.push(committed.then(() => progress(value)));
      }
    }
  }
  // Returned as a function so the caller decides when to wait (after its own work).
  return () => Promise.all(commits);
}
