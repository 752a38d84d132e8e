import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, SCHEMA_VERSIONS, SidecoderDb } from './schema';

// Upgrade harness: open the database at an old version, write rows the way that version stored
// them, reopen at the latest version and check the rows. Each new version with an .upgrade() adds a
// case to UPGRADE_CASES (the version it upgrades from, the rows to write, the check).
interface UpgradeCase {
  from: number;
  seed: (db: SidecoderDb) => Promise<void>;
  check: (db: SidecoderDb) => Promise<void>;
}

const release = (id: string, system: 'icd10' | 'opcs4') => ({
  id,
  system,
  version: id,
  effectiveFrom: '2020-01-01',
  source: 'bundled',
  formatVersion: 1,
  builtAt: '2024-01-01',
  counts: { codes: 3, terms: 2 },
  status: 'ready' as const,
});
const code = (releaseId: string, c: string, parent?: string) => ({
  releaseId,
  system: 'icd10' as const,
  code: c,
  kind: 'code' as const,
  title: `title ${c}`,
  parent,
  validForCoding: true,
});

const UPGRADE_CASES: UpgradeCase[] = [
  {
    // v2 moved one-row-per-code tables into buckets (v3 then dropped the v1 tables).
    from: 1,
    seed: async (db) => {
      await db.releases.put(release('icd10/r1', 'icd10'));
      await db
        .table('codes')
        .bulkPut([code('icd10/r1', 'J18'), code('icd10/r1', 'J18.9', 'J18'), code('icd10/r1', 'I10')]);
      await db.table('terms').bulkPut([
        {
          releaseId: 'icd10/r1',
          system: 'icd10',
          code: 'J18.9',
          terms: [{ text: 'pneumonia NOS', source: 'icd10cm-index' }],
        },
        {
          releaseId: 'icd10/r1',
          system: 'icd10',
          code: 'I10',
          terms: [{ text: 'HTN', source: 'abbreviation' }],
        },
      ]);
      await db.meta.put({ key: 'seedProgress', value: { phase: 'ready', done: 3, total: 3 } });
    },
    check: async (db) => {
      expect(db.tables.map((t) => t.name).sort()).toEqual([
        'codeBlocks',
        'episodes',
        'meta',
        'releases',
        'searchIndex',
        'termBlocks',
      ]);
      expect(await db.releases.get('icd10/r1')).toMatchObject({ status: 'ready' });
      const j1 = await db.codeBlocks.get(['icd10/r1', 'J1']);
      expect(j1?.codes.map((c) => c.code)).toEqual(['J18', 'J18.9']);
      expect(j1?.codes[1]).not.toHaveProperty('releaseId');
      expect((await db.codeBlocks.get(['icd10/r1', 'I1']))?.codes.map((c) => c.code)).toEqual(['I10']);
      expect((await db.termBlocks.get(['icd10/r1', 'J1']))?.terms).toEqual({
        'J18.9': [{ text: 'pneumonia NOS', source: 'icd10cm-index' }],
      });
      expect(await db.meta.get('seedProgress')).toBeDefined();
    },
  },
  {
    // v4 added the episodes worklist next to an already seeded store.
    from: 3,
    seed: async (db) => {
      await db.releases.put(release('icd10/r1', 'icd10'));
      await db.codeBlocks.put({ releaseId: 'icd10/r1', bucket: 'J1', system: 'icd10', codes: [] });
      await db.meta.put({ key: 'activeIndex', value: { key: 'icd10/r1' } });
    },
    check: async (db) => {
      expect(await db.releases.get('icd10/r1')).toMatchObject({ status: 'ready' });
      expect(await db.codeBlocks.count()).toBe(1);
      expect(await db.meta.get('activeIndex')).toEqual({ key: 'activeIndex', value: { key: 'icd10/r1' } });
      expect(db.episodes.schema.primKey.name).toBe('id');
      expect(db.episodes.schema.indexes.map((i) => i.name).sort()).toEqual(['ref', 'status', 'updatedAt']);
      expect(await db.episodes.count()).toBe(0);
    },
  },
];

let name = '';
afterEach(async () => {
  await Dexie.delete(name);
});

describe('schema', () => {
  it('declares versions in increasing order, ending at LATEST_VERSION', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(LATEST_VERSION);
  });

  it('has an upgrade case for every version that has an upgrade', () => {
    // (a case from version N covers every upgrade after N)
    for (const v of SCHEMA_VERSIONS.filter((s) => s.upgrade)) {
      expect(UPGRADE_CASES.some((c) => c.from === v.version - 1)).toBe(true);
    }
  });

  for (const c of UPGRADE_CASES) {
    it(`opens a version ${c.from} database with data at version ${LATEST_VERSION}`, async () => {
      name = `schema-upgrade-${c.from}`;
      const old = new SidecoderDb(name, c.from);
      await old.open();
      expect(old.verno).toBe(c.from);
      await c.seed(old);
      old.close();

      const latest = new SidecoderDb(name);
      await latest.open();
      expect(latest.verno).toBe(LATEST_VERSION);
      await c.check(latest);
      latest.close();
    });
  }
});
