import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { search } from '@/lib/search/index';
import { seedReleases } from '@/lib/sync/seed';
import { buildSerializedIndex } from '@/lib/sync/run-seed';
import { memorySource, syntheticRelease } from '@/lib/sync/synthetic-release';
import { getCode, getTermsFor, loadSearchIndex, releaseInForce, seedProgress } from './repository';
import { SidecoderDb } from './schema';
import type { SeedProgress } from './seed-progress';

let db: SidecoderDb;
beforeEach(async () => {
  db = new SidecoderDb(`repository-test-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const icdOld = syntheticRelease('icd10/2016', 'icd10', 5, '2016-04-01');
const icdNew = syntheticRelease('icd10/2025', 'icd10', 8, '2025-04-01');
const seed = (releases = [icdOld, icdNew]) =>
  seedReleases({
    db,
    source: memorySource(releases),
    buildIndex: buildSerializedIndex,
    now: () => new Date('2026-01-01'),
  });

describe('repository', () => {
  it('has no index before seeding and a cached, searchable one after', async () => {
    expect(await loadSearchIndex(db)).toBeNull();
    await seed();
    const index = await loadSearchIndex(db);
    expect(index).not.toBeNull();
    expect(await loadSearchIndex(db)).toBe(index); // deserialised once per page
    expect(search(index!, 'disease 7', { system: 'icd10' })[0]?.code).toBe('A07.7');
  });

  it('reads terms and codes of the release in use', async () => {
    await seed();
    expect(await getTermsFor('icd10', 'A07.7', db)).toEqual([
      { system: 'icd10', code: 'A07.7', text: 'synonym 7', source: 'uk-synonym' },
    ]);
    expect(await getTermsFor('icd10', 'Z99.9', db)).toEqual([]);
    expect(await getTermsFor('opcs4', 'A01.1', db)).toEqual([]);
    expect((await getCode('icd10', 'A03.3', db))?.title).toBe('Disease 3');
  });

  it('picks the release in force by date among two stored releases', async () => {
    await seed();
    expect((await releaseInForce('icd10', '2020-01-01', db))?.id).toBe('icd10/2016');
    expect((await releaseInForce('icd10', '2025-06-01', db))?.id).toBe('icd10/2025');
    expect(await releaseInForce('opcs4', '2025-06-01', db)).toBeUndefined();
  });

  it('publishes seeding progress as a live query', async () => {
    const seen: SeedProgress[] = [];
    const sub = seedProgress(db).subscribe({ next: (p) => seen.push(p) });
    await seed();
    await expect.poll(() => seen.at(-1)?.phase).toBe('ready');
    sub.unsubscribe();
    expect(seen[0]?.phase).toBe('idle');
  });
});
