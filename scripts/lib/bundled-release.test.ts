/**
 * Checks the committed default release (public/release, built by `npm run data:build`): known codes,
 * titles, flags and the size budget. Reads only committed files.
 */
import { statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledReleases, readBundleManifest } from './load-bundled';
import type { CodeEntry, Release } from '@/lib/classification/model';

let icd: Release;
let opcs: Release;
const find = (r: Release, code: string): CodeEntry => {
  const c = r.codes.find((e) => e.code === code);
  if (!c) throw new Error(`${code} not in ${r.meta.system}`);
  return c;
};

beforeAll(async () => {
  const releases = await loadBundledReleases('public/release');
  icd = releases.find((r) => r.meta.system === 'icd10')!;
  opcs = releases.find((r) => r.meta.system === 'opcs4')!;
});

describe('committed default release', () => {
  it('holds both systems with honest versions', () => {
    expect(icd.meta.version).toMatch(/ICD-10 5th Edition public baseline/);
    expect(opcs.meta.version).toMatch(/OPCS-4 public baseline/);
    expect(icd.codes.length).toBeGreaterThan(19_000);
    expect(opcs.codes.length).toBeGreaterThan(11_000);
  });

  it('has ICD-10 titles that read alone, in 5th-edition wording', () => {
    expect(find(icd, 'J18.9').title).toBe('Pneumonia, unspecified');
    expect(find(icd, 'E11.9').title).toBe('Type 2 diabetes mellitus: without complications');
    expect(find(icd, 'A41.9').title).toMatch(/^Sepsis/);
    expect(find(icd, 'W37.1').title).toMatch(
      /^Explosion and rupture of pressuri[sz]ed tyre.*: residential institution$/,
    );
  });

  it('has the ICD-10 flags', () => {
    expect(find(icd, 'I10')).toMatchObject({ kind: 'category', validForCoding: true });
    expect(find(icd, 'S72.00')).toMatchObject({ validForCoding: true, parent: 'S72.0' });
    expect(find(icd, 'S72.0').validForCoding).toBe(false);
    expect(find(icd, 'G01')).toMatchObject({ asterisk: true, secondaryOnly: true });
    expect(find(icd, 'G01').partners).toContain('A17.0');
    expect(find(icd, 'A17.0')).toMatchObject({ dagger: true });
    expect(find(icd, 'E11.9').usage).toBeGreaterThan(1_000_000);
  });

  it('has the OPCS-4 flags', () => {
    expect(find(opcs, 'Y75.2')).toMatchObject({ secondaryOnly: true });
    expect(find(opcs, 'Z94.2')).toMatchObject({ laterality: 'right', secondaryOnly: true });
    expect(find(opcs, 'Z94.1').laterality).toBe('bilateral');
    expect(find(opcs, 'W37.1').title).toBe('Primary total prosthetic replacement of hip joint using cement');
    expect(find(opcs, 'A').title).toBe('Nervous System');
  });

  it('gives every term a known code and a source', () => {
    for (const r of [icd, opcs]) {
      const codes = new Set(r.codes.map((c) => c.code));
      expect(r.terms.every((t) => codes.has(t.code) && t.source)).toBe(true);
    }
    expect(
      icd.terms.some(
        (t) => t.code === 'J18.1' && t.text === 'lobar pneumonia' && t.source === 'icd10cm-index',
      ),
    ).toBe(true);
  });

  it('stays within the size budget (8 MB for both files)', async () => {
    const m = await readBundleManifest('public/release');
    const total = m.releases.reduce((a, r) => a + statSync(`public/release/${r.file}`).size, 0);
    expect(total).toBeLessThanOrEqual(8 * 1024 * 1024);
  });
});
