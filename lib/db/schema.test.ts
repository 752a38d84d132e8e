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

const v1Rows = async (db: SidecoderDb) => {
  await db.releases.put({
    id: 'icd10/r1',
    system: 'icd10',
    version: 'r1',
    effectiveFrom: '2020-01-01',
    source: 'bundled',
    formatVersion: 1,
    builtAt: '2024-01-01',
    counts: { codes: 1, terms: 0 },
    status: 'ready',
  });
  await db.codes.put({
    releaseId: 'icd10/r1',
    system: 'icd10',
    code: 'J18.9',
    kind: 'code',
    title: 'Pneumonia',
    parent: 'J18',
    validForCoding: true,
  });
  await db.meta.put({ key: 'seedProgress', value: { phase: 'ready', done: 1, total: 1 } });
};

const UPGRADE_CASES: UpgradeCase[] = [
  {
    // v1 is the first version: the case checks the harness itself (data survives reopening).
    from: 1,
    seed: v1Rows,
    check: async (db) => {
      expect(await db.releases.get('icd10/r1')).toMatchObject({ status: 'ready' });
      expect(await db.codes.where('[releaseId+parent]').equals(['icd10/r1', 'J18']).count()).toBe(1);
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
