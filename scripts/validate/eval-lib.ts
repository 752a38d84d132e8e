/**
 * Scoring a validation evaluation set: episodes with a known violation (annotated `expect: {rule,
 * code}`) and correctly coded episodes (`expect: null`). Pure apart from the clock used for timing.
 */
import { canonicalCode } from '@/lib/classification/code-format';
import type { Release } from '@/lib/classification/model';
import { lookupFromReleases, validateEpisode, type Finding } from '@/lib/rules';
import type { InputLine } from './input';

export interface EvalOutcome {
  id: string;
  kind: 'violation' | 'clean';
  expectRule?: string;
  expectCode?: string;
  /** Violation: an error/warning names the offending code. Clean: no error. */
  ok: boolean;
  /** Violation: the expected rule itself fired on that code. */
  ruleMatched?: boolean;
  findings: Finding[];
}

export interface EvalScore {
  violations: number;
  flagged: number;
  flaggedShare: number;
  ruleMatchedShare: number;
  clean: number;
  cleanWithError: number;
  cleanErrorShare: number;
  outcomes: EvalOutcome[];
}

// A blind set names only the offending code: its author never saw the rule ids.
function expectation(raw: Record<string, unknown>): { rule?: string; code: string } | null {
  const e = raw.expect as { rule?: unknown; code?: unknown } | null | undefined;
  if (!e) return null;
  if ((e.rule !== undefined && typeof e.rule !== 'string') || typeof e.code !== 'string')
    throw new Error(`bad expect on ${String(raw.id)}`);
  return { ...(e.rule ? { rule: e.rule } : {}), code: canonicalCode(e.code) ?? e.code };
}

/** Validate every episode of a set and score it. */
export function scoreSet(lines: readonly InputLine[], releases: readonly Release[]): EvalScore {
  const outcomes = lines.map(({ episode, raw }): EvalOutcome => {
    const findings = validateEpisode(episode, lookupFromReleases(releases, episode.endDate));
    const expect = expectation(raw);
    if (!expect) {
      return { id: episode.id, kind: 'clean', ok: !findings.some((f) => f.severity === 'error'), findings };
    }
    const names = (f: Finding) => f.codes.includes(expect.code);
    return {
      id: episode.id,
      kind: 'violation',
      expectRule: expect.rule,
      expectCode: expect.code,
      ok: findings.some((f) => f.severity !== 'info' && names(f)),
      ...(expect.rule ? { ruleMatched: findings.some((f) => f.rule === expect.rule && names(f)) } : {}),
      findings,
    };
  });
  const v = outcomes.filter((o) => o.kind === 'violation');
  const c = outcomes.filter((o) => o.kind === 'clean');
  const share = (n: number, d: number) => (d ? n / d : 0);
  return {
    violations: v.length,
    flagged: v.filter((o) => o.ok).length,
    flaggedShare: share(v.filter((o) => o.ok).length, v.length),
    ruleMatchedShare: share(
      v.filter((o) => o.ruleMatched).length,
      v.filter((o) => o.ruleMatched !== undefined).length,
    ),
    clean: c.length,
    cleanWithError: c.filter((o) => !o.ok).length,
    cleanErrorShare: share(c.filter((o) => !o.ok).length, c.length),
    outcomes,
  };
}

/** A realistic 20-code episode (12 diagnoses, 8 procedures) for timing. */
export const TIMING_EPISODE = {
  id: 'timing-20',
  sex: 'female' as const,
  age: 78,
  endDate: '2024-06-30',
  diagnoses: [
    'S72.00',
    'W19.0',
    'E11.3',
    'H36.0',
    'N18.3',
    'I10',
    'I48.9',
    'J44.9',
    'G30.9',
    'F00.9',
    'Z92.1',
    'N39.0',
  ],
  procedures: ['W46.1', 'Z94.2', 'X40.3', 'U05.1', 'Y53.2', 'L91.2', 'X33.9', 'U20.2'],
  mentions: [
    { text: 'type 2 diabetes', status: 'affirmed' as const, kind: 'diagnosis' as const },
    { text: 'hypertension', status: 'history' as const, kind: 'diagnosis' as const },
  ],
};

/** Median and 95th centile time of validating the timing episode, in milliseconds. */
export function timeValidation(
  releases: readonly Release[],
  runs = 2000,
): { median: number; p95: number; runs: number } {
  const lookup = lookupFromReleases(releases, TIMING_EPISODE.endDate);
  for (let i = 0; i < 50; i++) validateEpisode(TIMING_EPISODE, lookup); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    validateEpisode(TIMING_EPISODE, lookup);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, p95: times[Math.floor(runs * 0.95)]!, runs };
}
