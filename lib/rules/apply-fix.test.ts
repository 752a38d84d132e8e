/**
 * Fixes: applying each finding's fix to its case episode resolves that finding, and every fix kind
 * (move, insert, remove, replace) is exercised by some rule.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '@/lib/classification/model';
import { loadBundledReleases } from '@/scripts/lib/load-bundled';
import { ALL_CASES } from './cases';
import { applyFix } from './fixes';
import { lookupFromReleases } from './lookup';
import { ruleById } from './rules';
import type { Finding, RuleEpisode } from './types';
import { validateEpisode } from './validate';

let releases: Release[];
beforeAll(async () => {
  releases = await loadBundledReleases();
});

const sameFinding = (a: Finding, b: Finding) => a.message === b.message && a.codes.join() === b.codes.join();

describe('applyFix', () => {
  it('resolves the finding it came from, for every fix the cases produce', () => {
    const kinds = new Set<string>();
    let applied = 0;
    for (const c of ALL_CASES.filter((x) => x.expect === 'fail' && !x.overrides)) {
      const rule = ruleById(c.rule)!;
      const lookup = lookupFromReleases(releases, c.episode.endDate);
      for (const finding of validateEpisode(c.episode, lookup, [rule])) {
        if (!finding.fix) continue;
        const fixed = applyFix(c.episode, finding.fix);
        const after = validateEpisode(fixed, lookup, [rule]);
        expect(
          after.some((f) => sameFinding(f, finding)),
          `${c.name}: ${finding.fix.label}`,
        ).toBe(false);
        expect(finding.fix.label).toMatch(/^(Move|Add|Remove|Replace) /);
        kinds.add(finding.fix.kind);
        applied++;
      }
    }
    expect([...kinds].sort()).toEqual(['insert', 'move', 'remove', 'replace']);
    expect(applied).toBeGreaterThanOrEqual(20);
  });

  const base: RuleEpisode = {
    sex: 'female',
    age: 80,
    diagnoses: ['F00.9', 'G30.9', 'I10'],
    procedures: ['Y75.2', 'J18.3'],
  };

  it('moves a code to the index it names', () => {
    const out = applyFix(base, {
      kind: 'move',
      system: 'icd10',
      code: 'G30.9',
      toIndex: 0,
      label: 'Move G30.9 before F00.9',
    });
    expect(out.diagnoses).toEqual(['G30.9', 'F00.9', 'I10']);
    expect(base.diagnoses).toEqual(['F00.9', 'G30.9', 'I10']); // the input is not changed
  });

  it('finds a code typed in another form', () => {
    const typed = { ...base, procedures: ['y752', 'j183'] };
    const out = applyFix(typed, {
      kind: 'move',
      system: 'opcs4',
      code: 'J18.3',
      toIndex: 0,
      label: 'Move J18.3 before Y75.2',
    });
    expect(out.procedures).toEqual(['j183', 'y752']);
  });

  it('inserts, removes and replaces by index', () => {
    expect(
      applyFix(base, { kind: 'insert', system: 'icd10', code: 'E11.9', atIndex: 3, label: 'Add E11.9' })
        .diagnoses,
    ).toEqual(['F00.9', 'G30.9', 'I10', 'E11.9']);
    expect(
      applyFix(base, { kind: 'remove', system: 'opcs4', index: 0, label: 'Remove Y75.2' }).procedures,
    ).toEqual(['J18.3']);
    expect(
      applyFix(base, {
        kind: 'replace',
        system: 'icd10',
        index: 2,
        code: 'I15.9',
        label: 'Replace I10 with I15.9',
      }).diagnoses,
    ).toEqual(['F00.9', 'G30.9', 'I15.9']);
  });

  it('leaves the episode unchanged when the fix no longer fits', () => {
    expect(
      applyFix(base, { kind: 'move', system: 'icd10', code: 'J18.9', toIndex: 0, label: 'Move J18.9' }),
    ).toBe(base);
    expect(applyFix(base, { kind: 'remove', system: 'icd10', index: 9, label: 'Remove ?' })).toBe(base);
  });
});
