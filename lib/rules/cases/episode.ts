/** Cases for the whole-episode rules (rules-episode.ts). Synthetic episodes and mentions. */
import type { RuleMention } from '../types';
import { ep, fail, pass, type RuleCase } from './case';

const dx = (text: string, status: RuleMention['status'] = 'affirmed'): RuleMention => ({
  text,
  status,
  kind: 'diagnosis',
});

export const EPISODE_CASES: RuleCase[] = [
  pass('episode.primary-diagnosis', 'has a diagnosis', ep(['J18.9'])),
  fail('episode.primary-diagnosis', 'procedures only', ep([], ['H01.1']), []),
  fail('episode.primary-diagnosis', 'empty episode', ep([]), []),

  pass('episode.mandatory-comorbidity', 'no mentions', ep(['J18.9'])),
  pass(
    'episode.mandatory-comorbidity',
    'diabetes coded',
    ep(['J18.9', 'E11.9'], [], { mentions: [dx('type 2 diabetes')] }),
  ),
  pass(
    'episode.mandatory-comorbidity',
    'negated mention',
    ep(['J18.9'], [], { mentions: [dx('no history of diabetes', 'negated')] }),
  ),
  pass(
    'episode.mandatory-comorbidity',
    'uncertain mention',
    ep(['J18.9'], [], { mentions: [dx('?asthma', 'uncertain')] }),
  ),
  pass(
    'episode.mandatory-comorbidity',
    'family history',
    ep(['J18.9'], [], { mentions: [dx('mother had dementia', 'family')] }),
  ),
  pass(
    'episode.mandatory-comorbidity',
    'pulmonary hypertension is not hypertension',
    ep(['I27.0'], [], { mentions: [dx('pulmonary hypertension')] }),
  ),
  pass(
    'episode.mandatory-comorbidity',
    'diabetes insipidus is not diabetes mellitus',
    ep(['E23.2'], [], { mentions: [dx('diabetes insipidus')] }),
  ),
  pass(
    'episode.mandatory-comorbidity',
    'hypertensive CKD covers both',
    ep(['I12.9'], [], { mentions: [dx('CKD stage 3'), dx('hypertension')] }),
  ),
  pass(
    'episode.mandatory-comorbidity',
    'procedure mention ignored',
    ep(['J18.9'], [], { mentions: [{ text: 'asthma review', status: 'affirmed', kind: 'procedure' }] }),
  ),
  fail(
    'episode.mandatory-comorbidity',
    'type 2 diabetes not coded',
    ep(['J18.9', 'I10'], [], { mentions: [dx('type 2 diabetes on metformin')] }),
    ['E11.9'],
  ),
  fail(
    'episode.mandatory-comorbidity',
    'hypertension by abbreviation',
    ep(['J18.9'], [], { mentions: [dx('HTN')] }),
    ['I10'],
  ),
  fail(
    'episode.mandatory-comorbidity',
    'history of asthma',
    ep(['J18.9'], [], { mentions: [dx('asthma', 'history')] }),
    ['J45.9'],
  ),
  fail('episode.mandatory-comorbidity', 'COPD', ep(['J18.9'], [], { mentions: [dx('COPD')] }), ['J44.9']),
  fail(
    'episode.mandatory-comorbidity',
    'epilepsy',
    ep(['S06.00', 'W19.9'], [], { mentions: [dx('known epileptic')] }),
    ['G40.9'],
  ),
  fail('episode.mandatory-comorbidity', 'dementia', ep(['N39.0'], [], { mentions: [dx('dementia')] }), [
    'F03',
  ]),
  fail(
    'episode.mandatory-comorbidity',
    "Parkinson's disease",
    ep(['J69.0'], [], { mentions: [dx("Parkinson's disease")] }),
    ['G20'],
  ),
  fail(
    'episode.mandatory-comorbidity',
    'HIV (no single code to offer)',
    ep(['J18.9'], [], { mentions: [dx('HIV positive')] }),
    [],
  ),
  fail('episode.mandatory-comorbidity', 'CKD stage 4', ep(['N39.0'], [], { mentions: [dx('CKD stage 4')] }), [
    'N18.4',
  ]),
  fail(
    'episode.mandatory-comorbidity',
    'atrial fibrillation',
    ep(['J18.9'], [], { mentions: [dx('AF on apixaban')] }),
    ['I48.9'],
  ),
];
