/**
 * Tests only: a small synthetic ICD-10 + OPCS-4 release exercising each search behaviour.
 * Pure; imported by unit tests in any environment.
 */
import type { CodeEntry, Release, System, TermEntry, TermSource } from '@/lib/classification/model';

type Row = [code: string, kind: CodeEntry['kind'], title: string, parent?: string, usage?: number];

function codes(system: System, rows: Row[]): CodeEntry[] {
  const parents = new Set(rows.map((r) => r[3]).filter(Boolean));
  return rows.map(([code, kind, title, parent, usage]) => ({
    system,
    code,
    kind,
    title,
    ...(parent ? { parent } : {}),
    validForCoding: (kind === 'category' || kind === 'code') && !parents.has(code),
    ...(usage ? { usage } : {}),
  }));
}

function terms(system: System, rows: [string, string, TermSource][]): TermEntry[] {
  return rows.map(([code, text, source]) => ({ system, code, text, source }));
}

const meta = (system: System, n: number, t: number): Release['meta'] => ({
  id: `${system}/synthetic`,
  system,
  version: 'synthetic',
  effectiveFrom: '2020-01-01',
  source: 'test',
  formatVersion: 1,
  builtAt: '2020-01-01T00:00:00Z',
  counts: { codes: n, terms: t },
});

/** ICD-10 and OPCS-4 releases of a few dozen codes. */
export function syntheticReleases(): Release[] {
  const icd = codes('icd10', [
    ['III', 'chapter', 'Diseases of the blood and blood-forming organs'],
    ['D60-D64', 'block', 'Aplastic and other anaemias', 'III'],
    ['D64', 'category', 'Other anaemias', 'D60-D64'],
    ['D64.8', 'code', 'Other specified anaemias', 'D64', 900],
    ['D64.9', 'code', 'Anaemia, unspecified', 'D64', 60000],
    ['D69', 'category', 'Purpura and other haemorrhagic conditions', 'D60-D64'],
    ['D69.6', 'code', 'Thrombocytopenia, unspecified', 'D69', 10000],
    ['IV', 'chapter', 'Endocrine, nutritional and metabolic diseases'],
    ['E10-E14', 'block', 'Diabetes mellitus', 'IV'],
    ['E11', 'category', 'Type 2 diabetes mellitus', 'E10-E14'],
    ['E11.9', 'code', 'Type 2 diabetes mellitus: without complications', 'E11', 90000],
    ['E11.1', 'code', 'Type 2 diabetes mellitus: with ketoacidosis', 'E11', 900],
    ['E87', 'category', 'Other disorders of fluid, electrolyte and acid-base balance', 'E10-E14'],
    ['E87.6', 'code', 'Hypokalaemia', 'E87', 30000],
    ['E87.5', 'code', 'Hyperkalaemia', 'E87', 20000],
    ['IX', 'chapter', 'Diseases of the circulatory system'],
    ['I10-I15', 'block', 'Hypertensive diseases', 'IX'],
    ['I10', 'category', 'Essential (primary) hypertension', 'I10-I15', 500000],
    ['I30-I52', 'block', 'Other forms of heart disease', 'IX'],
    ['I48', 'category', 'Atrial fibrillation and flutter', 'I30-I52'],
    ['I48.0', 'code', 'Paroxysmal atrial fibrillation', 'I48', 40000],
    ['I48.9', 'code', 'Atrial fibrillation and atrial flutter, unspecified', 'I48', 90000],
    ['I50', 'category', 'Heart failure', 'I30-I52'],
    ['I50.0', 'code', 'Congestive heart failure', 'I50', 80000],
    ['I50.1', 'code', 'Left ventricular failure', 'I50', 20000],
    ['I50.9', 'code', 'Heart failure, unspecified', 'I50', 30000],
    ['I70-I79', 'block', 'Diseases of arteries, arterioles and capillaries', 'IX'],
    ['I71', 'category', 'Aortic aneurysm and dissection', 'I70-I79'],
    ['I71.3', 'code', 'Abdominal aortic aneurysm, ruptured', 'I71', 2000],
    ['I71.4', 'code', 'Abdominal aortic aneurysm, without mention of rupture', 'I71', 9000],
    ['X', 'chapter', 'Diseases of the respiratory system'],
    ['J09-J18', 'block', 'Influenza and pneumonia', 'X'],
    ['J18', 'category', 'Pneumonia, organism unspecified', 'J09-J18'],
    ['J18.0', 'code', 'Bronchopneumonia, unspecified', 'J18', 9000],
    ['J18.1', 'code', 'Lobar pneumonia, unspecified', 'J18', 9000],
    ['J18.8', 'code', 'Other pneumonia, organism unspecified', 'J18', 3000],
    ['J18.9', 'code', 'Pneumonia, unspecified', 'J18', 200000],
    ['J40-J47', 'block', 'Chronic lower respiratory diseases', 'X'],
    ['J45', 'category', 'Asthma', 'J40-J47'],
    ['J45.9', 'code', 'Asthma, unspecified', 'J45', 50000],
    ['J46', 'category', 'Status asthmaticus', 'J40-J47', 5000],
    ['XIX', 'chapter', 'Injury, poisoning and certain other consequences of external causes'],
    ['S70-S79', 'block', 'Injuries to the hip and thigh', 'XIX'],
    ['S72', 'category', 'Fracture of femur', 'S70-S79'],
    ['S72.0', 'code', 'Fracture of neck of femur', 'S72'],
    ['S72.00', 'code', 'Fracture of neck of femur (closed)', 'S72.0', 60000],
    ['S72.01', 'code', 'Fracture of neck of femur (open)', 'S72.0', 100],
    ['XIV', 'chapter', 'Diseases of the genitourinary system'],
    ['N17-N19', 'block', 'Renal failure', 'XIV'],
    ['N18', 'category', 'Chronic kidney disease', 'N17-N19'],
    ['N18.3', 'code', 'Chronic kidney disease, stage 3', 'N18', 70000],
    ['N18.5', 'code', 'Chronic kidney disease, stage 5', 'N18', 20000],
  ]);
  const icdTerms = terms('icd10', [
    ['I48.9', 'AF', 'abbreviation'],
    ['I48.9', 'atrial fibrillation', 'uk-synonym'],
    ['S72.00', '#NOF', 'abbreviation'],
    ['S72.00', 'fractured neck of femur', 'uk-synonym'],
    ['E11.9', 'T2DM', 'abbreviation'],
    ['N18.3', 'CKD 3', 'abbreviation'],
    ['N18.3', 'chronic kidney disease stage 3', 'uk-synonym'],
    ['J18.9', 'pneumonia', 'icd10cm-index'],
    ['J46', 'acute severe asthma', 'icd10cm-index'],
    ['I50.0', 'congestive cardiac failure', 'uk-synonym'],
  ]);
  const opcs = codes('opcs4', [
    ['J', 'chapter', 'Other abdominal organs, principally digestive'],
    ['J18', 'category', 'Excision of gall bladder', 'J'],
    ['J18.1', 'code', 'Total cholecystectomy and excision of surrounding tissue', 'J18', 200],
    ['J18.3', 'code', 'Total cholecystectomy NEC', 'J18', 60000],
    ['J18.9', 'code', 'Unspecified excision of gall bladder', 'J18', 300],
    ['W', 'chapter', 'Other bones and joints'],
    ['W37', 'category', 'Total prosthetic replacement of hip joint using cement', 'W'],
    ['W37.1', 'code', 'Primary total prosthetic replacement of hip joint using cement', 'W37', 30000],
    ['W37.9', 'code', 'Unspecified total prosthetic replacement of hip joint using cement', 'W37'],
  ]);
  const opcsTerms = terms('opcs4', [
    ['J18.3', 'lap chole', 'abbreviation'],
    ['J18.3', 'laparoscopic cholecystectomy', 'uk-synonym'],
    ['W37.1', 'total hip replacement', 'uk-synonym'],
  ]);
  return [
    { meta: meta('icd10', icd.length, icdTerms.length), codes: icd, terms: icdTerms },
    { meta: meta('opcs4', opcs.length, opcsTerms.length), codes: opcs, terms: opcsTerms },
  ];
}
