import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { getActiveIndex } from '@/lib/db/active-index';
import { SidecoderDb } from '@/lib/db/schema';
import { SEED_PROGRESS_KEY } from '@/lib/db/seed-progress';
import { seedReleases, type SeedOptions } from './seed';
import { memorySource, syntheticRelease } from './synthetic-release';

const icd = syntheticRelease('icd10/r1', 'icd10', 30);
const opcs = syntheticRelease('opcs4/r1', 'opcs4', 12);
// A stand-in index: the seeding logic does not care what the search engine stores.
const buildIndex = (releases: { meta: { id: string } }[]) => ({ ids: releases.map((r) => r.meta.id) });

let db: SidecoderDb;
beforeEach(async () => {
  db = new SidecoderDb(`seed-test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const seed = (extra: Partial<SeedOptions> & Pick<SeedOptions, 'source'>) =>
  seedReleases({ db, buildIndex, indexFormat: 1, now: () => new Date('2026-01-01'), ...extra });

/** Releases stored, and codes and terms summed over every stored bucket (duplicates would show). */
async function storeCounts() {
  const codes = (await db.codeBlocks.toArray()).reduce((n, b) => n + b.codes.length, 0);
  const terms = (await db.termBlocks.toArray()).reduce((n, b) => n + Object.values(b.terms).flat().length, 0);
  return { releases: await db.releases.count(), codes, terms };
}

describe('seedReleases', () => {
  it('seeds an empty store to ready, with the index and progress', async () => {
    const report = await seed({ source: memorySource([icd, opcs]) });
    expect(report.outcome).toBe('seeded');
    expect(await storeCounts()).toEqual({ releases: 2, codes: 31 + 13, terms: 30 + 12 });
    expect((await db.releases.toArray()).map((r) => r.status)).toEqual(['ready', 'ready']);
    const active = await getActiveIndex(db);
    expect(active?.key).toBe('icd10/r1|opcs4/r1');
    expect((await db.searchIndex.get(active!.key))?.data).toEqual({ ids: ['icd10/r1', 'opcs4/r1'] });
    expect((await db.meta.get(SEED_PROGRESS_KEY))?.value).toMatchObject({ phase: 'ready' });
  });

  it('is idempotent: a second run loads nothing, a forced one duplicates nothing', async () => {
    const source = memorySource([icd, opcs]);
    await seed({ source });
    const again = await seed({ source });
    expect(again.outcome).toBe('up-to-date');
    expect(source.loads).toBe(2);
    await seed({ source, force: true });
    expect(source.loads).toBe(4);
    expect(await storeCounts()).toEqual({ releases: 2, codes: 44, terms: 42 });
  });

  it('redoes a release left half-seeded by a stopped worker, without duplicates', async () => {
    await db.releases.put({ ...icd.meta, status: 'seeding', sha256: '0'.repeat(64) });
    await db.codeBlocks.put({
      releaseId: icd.meta.id,
      bucket: 'A0',
      system: 'icd10',
      codes: icd.codes.slice(1, 5),
    });
    expect(await getActiveIndex(db)).toBeUndefined(); // nothing usable yet
    await seed({ source: memorySource([icd]) });
    expect(await storeCounts()).toEqual({ releases: 1, codes: 31, terms: 30 });
    expect((await db.releases.get(icd.meta.id))?.status).toBe('ready');
  });

  it('drops a half-seeded release the source no longer offers', async () => {
    await db.releases.put({ ...icd.meta, id: 'icd10/abandoned', status: 'seeding' });
    await db.codeBlocks.put({
      releaseId: 'icd10/abandoned',
      bucket: 'A0',
      system: 'icd10',
      codes: icd.codes.slice(1, 5),
    });
    await seed({ source: memorySource([opcs]) });
    expect(await storeCounts()).toEqual({ releases: 1, codes: 13, terms: 12 });
  });

  it('keeps the previous release in use until a new one is ready, and retries a failed one', async () => {
    await seed({ source: memorySource([icd]) });
    const next = syntheticRelease('icd10/r2', 'icd10', 40, '2025-04-01');
    const failing = () => {
      throw new Error('index build crashed');
    };
    await expect(seed({ source: memorySource([icd, next]), buildIndex: failing })).rejects.toThrow('crashed');
    expect((await getActiveIndex(db))?.key).toBe('icd10/r1');
    expect((await db.releases.get('icd10/r2'))?.status).toBe('failed');
    expect((await db.meta.get(SEED_PROGRESS_KEY))?.value).toMatchObject({ phase: 'failed' });

    const report = await seed({ source: memorySource([icd, next]) });
    expect(report.seeded).toEqual(['icd10/r2']);
    expect((await getActiveIndex(db))?.key).toBe('icd10/r2');
    expect((await db.releases.get('icd10/r1'))?.status).toBe('ready'); // still stored, for older dates
  });

  it('replaces a release whose file changed, removing codes the new file no longer has', async () => {
    await seed({ source: memorySource([icd]) });
    const smaller = syntheticRelease('icd10/r1', 'icd10', 20);
    await seed({ source: memorySource([smaller], () => '1'.repeat(64)) });
    expect(await storeCounts()).toEqual({ releases: 1, codes: 21, terms: 20 });
  });

  it('rebuilds the index when the search engine changes its index format', async () => {
    const source = memorySource([icd]);
    await seed({ source });
    const report = await seed({ source, indexFormat: 2 });
    expect(report.outcome).toBe('reindexed');
    expect(source.loads).toBe(1);
    expect((await getActiveIndex(db))?.format).toBe(2);
  });

  it('wipe empties the store first', async () => {
    await db.releases.put({ ...icd.meta, id: 'icd10/old', status: 'ready' });
    await seed({ source: memorySource([opcs]), wipe: true });
    expect((await db.releases.toArray()).map((r) => r.id)).toEqual(['opcs4/r1']);
  });
});
