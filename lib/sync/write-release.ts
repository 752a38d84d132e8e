/**
 * Writing one release's codes and terms into the store in chunks, and reading one back.
 * Contexts: background worker (seeding) and extension pages/Node tests. Writes are keyed bulkPuts, so
 * writing the same release twice (a resumed seed) overwrites rows instead of duplicating them.
 */
import { Dexie } from 'dexie';
import type { Release, TermEntry } from '@/lib/classification/model';
import type { CodeRow, SidecoderDb, TermGroupRow } from '@/lib/db/schema';

/** Rows per write transaction: large enough to amortise commits, small enough for a live progress bar. */
export const CHUNK_ROWS = 4000;

/** The rows a release turns into: one per code, one per code that has terms. */
export function releaseRows(release: Release): { codes: CodeRow[]; terms: TermGroupRow[] } {
  const releaseId = release.meta.id;
  const codes = release.codes.map((c) => ({ ...c, releaseId }));
  const groups = new Map<string, TermGroupRow>();
  for (const t of release.terms) {
    let row = groups.get(t.code);
    if (!row) groups.set(t.code, (row = { releaseId, system: t.system, code: t.code, terms: [] }));
    row.terms.push({ text: t.text, source: t.source });
  }
  return { codes, terms: [...groups.values()] };
}

function rangeOf(releaseId: string): [[string, unknown], [string, unknown]] {
  return [
    [releaseId, Dexie.minKey],
    [releaseId, Dexie.maxKey],
  ];
}

/** Delete rows of `releaseId` whose code is not in `keep` (left over from an earlier, different file). */
export async function deleteStaleRows(
  db: SidecoderDb,
  releaseId: string,
  keep: Set<string>,
): Promise<number> {
  const [lo, hi] = rangeOf(releaseId);
  let removed = 0;
  for (const table of [db.codes, db.terms] as const) {
    const keys = await table.where('[releaseId+code]').between(lo, hi, true, true).primaryKeys();
    const stale = keys.filter(([, code]) => !keep.has(code));
    if (stale.length) await table.bulkDelete(stale);
    removed += stale.length;
  }
  return removed;
}

/** A stored release read back as a Release (to rebuild an index over releases seeded earlier). */
export async function readRelease(db: SidecoderDb, releaseId: string): Promise<Release> {
  const meta = await db.releases.get(releaseId);
  if (!meta) throw new Error(`release ${releaseId} is not stored`);
  const [lo, hi] = rangeOf(releaseId);
  const codeRows = await db.codes.where('[releaseId+code]').between(lo, hi, true, true).toArray();
  const termRows = await db.terms.where('[releaseId+code]').between(lo, hi, true, true).toArray();
  const terms: TermEntry[] = termRows.flatMap((g) =>
    g.terms.map((t) => ({ system: g.system, code: g.code, text: t.text, source: t.source })),
  );
  const { status: _s, sha256: _h, readyAt: _r, error: _e, ...releaseMeta } = meta;
  return { meta: releaseMeta, codes: codeRows.map(({ releaseId: _id, ...c }) => c), terms };
}
