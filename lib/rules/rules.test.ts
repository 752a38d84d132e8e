/**
 * Table-driven rule cases (lib/rules/cases) run against the real bundled release: each case runs
 * its one rule and checks it fires (naming the expected codes) or stays quiet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '@/lib/classification/model';
import { loadBundledReleases } from '@/scripts/lib/load-bundled';
import { ALL_CASES } from './cases';
import { lookupFromReleases, withOverrides } from './lookup';
import { RULES, ruleById } from './rules';
import { validateEpisode } from './validate';

let releases: Release[];
beforeAll(async () => {
  releases = await loadBundledReleases();
});

describe('rule cases', () => {
  it('has at least 150 cases', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(ALL_CASES.map((c) => [`${c.rule} ${c.expect}: ${c.name}`, c] as const))('%s', (_name, c) => {
    const rule = ruleById(c.rule);
    expect(rule, `unknown rule ${c.rule}`).toBeDefined();
    const base = lookupFromReleases(releases, c.episode.endDate);
    const lookup = c.overrides ? withOverrides(base, c.overrides) : base;
    const findings = validateEpisode(c.episode, lookup, [rule!]);
    if (c.expect === 'pass') {
      expect(findings).toEqual([]);
    } else {
      expect(findings.length).toBeGreaterThan(0);
      const named = findings.flatMap((f) => f.codes);
      for (const code of c.codes ?? []) expect(named).toContain(code);
      for (const f of findings) {
        expect(f.rule).toBe(c.rule);
        expect(f.severity).toBe(rule!.severity);
        expect(f.message.length).toBeGreaterThan(10);
      }
    }
  });

  it('every rule in the table has at least one passing and one failing case', () => {
    const missing = RULES.flatMap((r) =>
      (['pass', 'fail'] as const)
        .filter((e) => !ALL_CASES.some((c) => c.rule === r.id && c.expect === e))
        .map((e) => `${r.id} ${e}`),
    );
    expect(missing).toEqual([]);
  });

  it('cases of other rules use only codes that exist, so they pass or fail for their own reason', () => {
    const existence = ['icd10.code-exists', 'opcs4.code-exists'].map((id) => ruleById(id)!);
    const unknown = ALL_CASES.filter((c) => !c.rule.endsWith('code-exists')).flatMap((c) =>
      validateEpisode(c.episode, lookupFromReleases(releases, c.episode.endDate), existence).map(
        (f) => `${c.name}: ${f.codes[0]}`,
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('every case names a rule in the table', () => {
    expect(ALL_CASES.filter((c) => !ruleById(c.rule)).map((c) => c.rule)).toEqual([]);
  });
});
