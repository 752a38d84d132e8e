/**
 * The rule engine's evaluation sets meet the issue 4 targets: violation episodes flagged >= 0.95,
 * clean episodes with an error <= 0.05, a 20-code episode validated in <= 5 ms.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '@/lib/classification/model';
import { loadBundledReleases } from '@/scripts/lib/load-bundled';
import { scoreSet, timeValidation } from './eval-lib';
import { parseInput } from './input';

let releases: Release[];
beforeAll(async () => {
  releases = await loadBundledReleases();
});

function load(file: string) {
  const { episodes, problems } = parseInput(readFileSync(file, 'utf8'));
  expect(problems).toEqual([]);
  return episodes;
}

describe.each([
  ['scripts/validate/eval-set.jsonl', 60],
  ['scripts/validate/holdout-set.jsonl', 20],
  // Written by someone who never saw the rules; it names only the offending code.
  ['scripts/validate/blind-set.jsonl', 45],
])('%s', (file, minimum) => {
  it(`has at least ${minimum} violation and ${minimum} clean episodes and meets the targets`, () => {
    const s = scoreSet(load(file), releases);
    expect(s.violations).toBeGreaterThanOrEqual(minimum);
    expect(s.clean).toBeGreaterThanOrEqual(minimum);
    expect(
      s.flaggedShare,
      s.outcomes
        .filter((o) => !o.ok)
        .map((o) => o.id)
        .join(', '),
    ).toBeGreaterThanOrEqual(0.95);
    expect(
      s.cleanErrorShare,
      s.outcomes
        .filter((o) => !o.ok)
        .map((o) => o.id)
        .join(', '),
    ).toBeLessThanOrEqual(0.05);
  });
});

describe('the evaluation sets', () => {
  it('use only codes that exist in the release, so a clean episode is clean for the right reason', () => {
    const s = scoreSet(load('scripts/validate/eval-set.jsonl'), releases);
    const unknown = s.outcomes
      .filter((o) => o.kind === 'clean')
      .flatMap((o) =>
        o.findings.filter((f) => f.rule.endsWith('code-exists')).map((f) => `${o.id} ${f.codes[0]}`),
      );
    expect(unknown).toEqual([]);
  });

  it('cover most rules of the table with a violation', () => {
    const rules = new Set(
      load('scripts/validate/eval-set.jsonl')
        .map((l) => (l.raw.expect as { rule?: string } | null)?.rule)
        .filter(Boolean),
    );
    expect(rules.size).toBeGreaterThanOrEqual(25);
  });
});

describe('speed', () => {
  // The median, not the p95: other test files run in parallel and their pauses land in the tail.
  // `npx tsx scripts/validate/eval.ts` reports the p95 on a quiet machine.
  it('validates a 20-code episode in at most 5 ms (median)', () => {
    const t = timeValidation(releases, 500);
    expect(t.median).toBeLessThanOrEqual(5);
  });
});
