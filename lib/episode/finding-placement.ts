/**
 * Which list a finding shows under, so findings sit inline next to the codes they are about. Pure;
 * any context.
 */
import { codeKey } from '@/lib/classification/code-format';
import type { Finding } from './findings';
import type { CodeListKey, Episode } from './model';

/**
 * A finding goes under procedures when its fix is about OPCS-4 or all its codes are procedures;
 * everything else (diagnoses, demographics, mixed) goes under diagnoses.
 */
export function placeFinding(f: Finding, e: Pick<Episode, 'diagnoses' | 'procedures'>): CodeListKey {
  if (f.fix) return f.fix.system === 'opcs4' ? 'procedures' : 'diagnoses';
  const procedures = new Set(e.procedures.map((c) => codeKey(c.code)));
  const diagnoses = new Set(e.diagnoses.map((c) => codeKey(c.code)));
  const keys = f.codes.map(codeKey);
  return keys.length > 0 && keys.every((k) => procedures.has(k) && !diagnoses.has(k))
    ? 'procedures'
    : 'diagnoses';
}

/** The findings of one list, errors first, each keeping the engine's order within its severity. */
export function findingsUnder(
  findings: Finding[],
  key: CodeListKey,
  e: Pick<Episode, 'diagnoses' | 'procedures'>,
): Finding[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return findings
    .filter((f) => placeFinding(f, e) === key)
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
