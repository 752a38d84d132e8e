/**
 * Seeding the classification store from a release source: idempotent and crash-safe.
 * Contexts: background worker (the only writer in the extension); Node tests and bench pages.
 *
 * Why it is safe to kill at any point (MV3 stops idle workers): a release is marked 'seeding' before
 * its rows are written and becomes 'ready' only in the final transaction, which also stores the search
 * index and moves the active-index pointer. Pages read through that pointer, so until then they keep
 * using the previous index (or see "not seeded"). Rows are keyed bulkPuts, so a rerun after a crash
 * overwrites instead of duplicating, and rows an earlier file had but this one lacks are deleted.
 */
import type { Release } from '@/lib/classification/model';
import { ACTIVE_INDEX_KEY, getActiveIndex, type ActiveIndex } from '@/lib/db/active-index';
import { pickActiveReleases, releaseSetKey } from '@/lib/db/release-in-force';
import type { SidecoderDb, StoredRelease } from '@/lib/db/schema';
import { SEED_PROGRESS_KEY, type SeedProgress } from '@/lib/db/seed-progress';
import type { ManifestEntry, ReleaseSource } from './release-source';
import { deleteRelease, deleteStaleRows, readRelease, releaseRows, writeReleases } from './write-release';

export interface SeedOptions {
  db: SidecoderDb;
  source: ReleaseSource;
  /** Builds the serialised search index over the releases in use (lib/search in the extension). */
  buildIndex: (releases: Release[]) => unknown;
  /** Format of the index buildIndex makes; a stored index of another format is rebuilt. */
  indexFormat?: number | string;
  /** Reseed even releases already ready with the same sha256. */
  force?: boolean;
  /** Empty every table first (diagnostics and the benchmark: "empty database → search-ready"). */
  wipe?: boolean;
  now?: () => Date;
}

export interface SeedReport {
  outcome: 'up-to-date' | 'seeded' | 'reindexed';
  seeded: string[];
  active: string[];
  codes: number;
  terms: number;
  /** Phases in ms; `wipe` is emptying the store first (only with the wipe option). */
  ms: { wipe: number; load: number; write: number; index: number; store: number; total: number };
}

const isCurrent = (s: StoredRelease | undefined, e: ManifestEntry) =>
  s?.status === 'ready' && s.sha256 === e.sha256;

function setProgress(db: SidecoderDb, value: SeedProgress) {
  return db.meta.put({ key: SEED_PROGRESS_KEY, value });
}

async function wipeStore(db: SidecoderDb): Promise<void> {
  const tables = [db.releases, db.codeBlocks, db.termBlocks, db.searchIndex, db.meta];
  await db.transaction('rw', tables, () => Promise.all(tables.map((t) => t.clear())));
}

/** Bring the store up to date with `source`; resolves when search-ready. Throws after marking failure. */
export async function seedReleases(opts: SeedOptions): Promise<SeedReport> {
  const { db, source } = opts;
  const clock = () => performance.now();
  const t0 = clock();
  const ms = { wipe: 0, load: 0, write: 0, index: 0, store: 0, total: 0 };
  const now = opts.now?.() ?? new Date();
  if (opts.wipe) await wipeStore(db);
  ms.wipe = clock() - t0;
  const entries = await source.list();
  const offered = new Set(entries.map((e) => e.id));
  const stored = new Map<string, StoredRelease>();
  for (const r of await db.releases.toArray()) {
    // A half-seeded release the source no longer offers can never be finished: drop its rows.
    if ((r.status === 'seeding' || r.status === 'failed') && !offered.has(r.id))
      await deleteRelease(db, r.id);
    else stored.set(r.id, r);
  }
  const pending = entries.filter((e) => opts.force || !isCurrent(stored.get(e.id), e));
  const pendingIds = new Set(pending.map((e) => e.id));
  const previous = await getActiveIndex(db);

  const wanted = pickActiveReleases([...stored.values()], now);
  if (!pending.length && previous?.key === releaseSetKey(wanted.map((r) => r.id))) {
    if (previous.format === opts.indexFormat) {
      const counts = wanted.reduce(
        (n, r) => ({ codes: n.codes + r.counts.codes, terms: n.terms + r.counts.terms }),
        { codes: 0, terms: 0 },
      );
      // Every worker start lands here; write only when needed so pages' live queries stay quiet.
      const shown = (await db.meta.get(SEED_PROGRESS_KEY))?.value as SeedProgress | undefined;
      if (shown?.phase !== 'ready')
        await setProgress(db, { phase: 'ready', done: counts.codes, total: counts.codes });
      return {
        outcome: 'up-to-date',
        seeded: [],
        active: previous.releases.map((r) => r.id),
        ...counts,
        ms: { ...ms, total: clock() - t0 },
      };
    }
  }

  let written: Promise<unknown> = Promise.resolve();
  try {
    await setProgress(db, { phase: 'loading', done: 0, total: pending.length });
    // Fetching and inflating are asynchronous, so the files load side by side.
    const loaded = await Promise.all(pending.map((entry) => source.load(entry)));
    const rows = loaded.map(releaseRows);
    const total = loaded.reduce((n, r) => n + r.codes.length + r.terms.length, 0);
    ms.load = clock() - t0 - ms.wipe;

    const tWrite = clock();
    const shaOf = new Map(pending.map((e) => [e.id, e.sha256]));
    const asStored = (r: Release, status: StoredRelease['status']): StoredRelease => ({
      ...r.meta,
      status,
      sha256: shaOf.get(r.meta.id),
    });
    await db.transaction('rw', db.releases, db.meta, async () => {
      await db.releases.bulkPut(loaded.map((r) => asStored(r, 'seeding')));
      await setProgress(db, { phase: 'codes', done: 0, total });
    });
    const allWritten = await writeReleases(db, loaded, rows, (value) => setProgress(db, value));
    written = allWritten().then(async () => {
      for (const [i, r] of loaded.entries()) {
        if (!stored.has(r.meta.id)) continue;
        const keep = {
          codes: new Set(rows[i]!.codes.map((b) => b.bucket)),
          terms: new Set(rows[i]!.terms.map((b) => b.bucket)),
        };
        await deleteStaleRows(db, r.meta.id, keep);
      }
      ms.write = clock() - tWrite;
      await setProgress(db, { phase: 'index', done: total, total });
    });

    const tIndex = clock();
    const readyAt = now.toISOString();
    const fresh = loaded.map((r) => ({ ...asStored(r, 'ready'), readyAt }));
    const kept = [...stored.values()].filter((r) => !pendingIds.has(r.id) && r.status === 'ready');
    const active = pickActiveReleases([...kept, ...fresh], now);
    const releases = await Promise.all(
      active.map((a) => loaded.find((r) => r.meta.id === a.id) ?? readRelease(db, a.id)),
    );
    const data = opts.buildIndex(releases);
    ms.index = clock() - tIndex;
    await written;

    const tStore = clock();
    const key = releaseSetKey(active.map((r) => r.id));
    const pointer: ActiveIndex = {
      key,
      format: opts.indexFormat,
      releases: active.map((r) => ({ id: r.id, system: r.system })),
    };
    const codes = active.reduce((n, r) => n + r.counts.codes, 0);
    const terms = active.reduce((n, r) => n + r.counts.terms, 0);
    await db.transaction('rw', [db.releases, db.searchIndex, db.meta], async () => {
      await db.releases.bulkPut(fresh);
      await db.searchIndex.clear();
      await db.searchIndex.put({
        key,
        releaseIds: active.map((r) => r.id),
        builtAt: readyAt,
        format: opts.indexFormat,
        data,
      });
      await db.meta.put({ key: ACTIVE_INDEX_KEY, value: pointer });
      await setProgress(db, { phase: 'ready', done: total, total });
    });
    ms.store = clock() - tStore;
    ms.total = clock() - t0;
    return {
      outcome: pending.length ? 'seeded' : 'reindexed',
      seeded: [...pendingIds],
      active: pointer.releases.map((r) => r.id),
      codes,
      terms,
      ms,
    };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await written.catch(() => undefined); // queued writes land first, then the failure is recorded
    await markFailed(db, pendingIds, message).catch(() => undefined);
    throw err;
  }
}

async function markFailed(db: SidecoderDb, ids: Set<string>, message: string): Promise<void> {
  await db.transaction('rw', db.releases, db.meta, async () => {
    for (const id of ids) {
      const row = await db.releases.get(id);
      if (row?.status === 'seeding') await db.releases.put({ ...row, status: 'failed', error: message });
    }
    await setProgress(db, { phase: 'failed', done: 0, total: 0, message });
  });
}
