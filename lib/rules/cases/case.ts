/**
 * Shape of a table-driven rule case, and a helper to write episodes briefly. Test data only.
 */
import type { CodeEntry, System } from '@/lib/classification/model';
import type { RuleEpisode } from '../types';

export interface RuleCase {
  rule: string;
  name: string;
  /** 'fail': the rule reports at least one finding; 'pass': it reports none. */
  expect: 'pass' | 'fail';
  episode: RuleEpisode;
  /** For 'fail': codes the finding must name. */
  codes?: string[];
  /** Extra metadata, as a TRUD release would carry it (age limits). */
  overrides?: Partial<Record<System, Record<string, Partial<CodeEntry>>>>;
}

/** A synthetic episode: a 50-year-old woman discharged in June 2024 unless `extra` says otherwise. */
export function ep(
  diagnoses: string[],
  procedures: string[] = [],
  extra: Partial<RuleEpisode> = {},
): RuleEpisode {
  return { sex: 'female', age: 50, endDate: '2024-06-01', diagnoses, procedures, ...extra };
}

export const pass = (
  rule: string,
  name: string,
  episode: RuleEpisode,
  more: Partial<RuleCase> = {},
): RuleCase => ({
  rule,
  name,
  expect: 'pass',
  episode,
  ...more,
});

export const fail = (
  rule: string,
  name: string,
  episode: RuleEpisode,
  codes: string[],
  more: Partial<RuleCase> = {},
): RuleCase => ({
  rule,
  name,
  expect: 'fail',
  episode,
  codes,
  ...more,
});
