/**
 * The rule table: every check the engine runs, in report order. Pure; any context.
 * Adding a rule = adding one entry to one of these lists (and its cases in cases/).
 */
import { CODE_RULES } from './rules-codes';
import { EPISODE_RULES } from './rules-episode';
import { ICD10_RULES } from './rules-icd10';
import { OPCS4_RULES } from './rules-opcs4';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [...CODE_RULES, ...ICD10_RULES, ...OPCS4_RULES, ...EPISODE_RULES];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));
if (BY_ID.size !== RULES.length) throw new Error('rule ids must be unique');

/** A rule by id (for a finding's citation and title). */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
