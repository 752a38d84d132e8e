/**
 * Whole-episode rules: a primary diagnosis exists; mandatory comorbidities the record mentions are
 * coded. Pure; any context.
 */
import { codeSet } from './code-range';
import { insertFix } from './fixes';
import { COMORBIDITIES } from './tables/comorbidities';
import type { Rule, RuleContext, RuleHit } from './types';

const COMPILED_COMORBIDITIES = COMORBIDITIES.map((c) => ({ ...c, match: codeSet(c.codes) }));

/** Statuses that mean the patient has the condition (a "history of" a chronic condition is current). */
const COUNTS = new Set(['affirmed', 'history']);

const mandatoryComorbidity = (ctx: RuleContext): RuleHit[] => {
  const mentions = (ctx.episode.mentions ?? []).filter((m) => m.kind === 'diagnosis' && COUNTS.has(m.status));
  const hits: RuleHit[] = [];
  for (const c of COMPILED_COMORBIDITIES) {
    const mention = mentions.find((m) => c.words.test(m.text) && !c.unless?.test(m.text));
    if (!mention || ctx.diagnoses.some((d) => d.code !== null && c.match(d.code))) continue;
    const suggest = c.suggest?.find((s) => !s.when || s.when.test(mention.text))?.code;
    hits.push({
      codes: suggest ? [suggest] : [],
      message: `The record documents ${c.name} ("${mention.text.slice(0, 60)}"), a mandatory comorbidity, but no ${c.codes.join('/')} code is in the episode.`,
      fix: suggest ? insertFix('icd10', suggest, ctx.diagnoses.length, `Add ${suggest}`) : undefined,
    });
  }
  return hits;
};

export const EPISODE_RULES: readonly Rule[] = [
  {
    id: 'episode.primary-diagnosis',
    citation: 'NCCS ICD-10 DGCS.1: every episode has a primary diagnosis',
    severity: 'error',
    title: 'The episode has a primary diagnosis',
    appliesTo: 'episode',
    check: (ctx) =>
      ctx.diagnoses.length === 0
        ? [{ codes: [], message: 'The episode has no diagnosis; the primary diagnosis is required.' }]
        : [],
  },
  {
    id: 'episode.mandatory-comorbidity',
    citation: 'NCCS ICD-10 DGCS.3 and Appendix 1 (mandatory comorbidities)',
    severity: 'warning',
    title: 'Documented mandatory comorbidities are coded',
    appliesTo: 'episode',
    check: mandatoryComorbidity,
  },
];
