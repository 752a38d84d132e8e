/** Every rule case, for the table-driven test. Test data only. */
import type { RuleCase } from './case';
import { CODE_CASES } from './codes';
import { EPISODE_CASES } from './episode';
import { ICD10_CASES } from './icd10';
import { OPCS4_CASES } from './opcs4';

export type { RuleCase } from './case';
export const ALL_CASES: readonly RuleCase[] = [
  ...CODE_CASES,
  ...ICD10_CASES,
  ...OPCS4_CASES,
  ...EPISODE_CASES,
];
