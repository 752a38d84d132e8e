/**
 * Mandatory comorbidities (NCCS ICD-10 DGCS.3 and its Appendix 1 list): chronic conditions that are
 * coded whenever the record documents them. Pure data; any context.
 *
 * Each row says how a mention names the condition (`words`, matched on word boundaries, with
 * `unless` for phrases that name something else), which codes record it, and which code to offer
 * when one reading is plain. `source` says how sure we are that the condition is on the Appendix 1
 * list: 'issue-4' rows are named in the issue and the product primer; 'curated' rows are chronic
 * conditions we believe are on the list but have not checked against the current reference book.
 */

export interface Comorbidity {
  name: string;
  words: RegExp;
  unless?: RegExp;
  codes: readonly string[];
  /** The code to offer: the first `when` that matches the mention, else `code`. */
  suggest?: readonly { when?: RegExp; code: string }[];
  source: 'issue-4' | 'curated';
}

export const COMORBIDITIES: readonly Comorbidity[] = [
  {
    name: 'diabetes mellitus',
    words: /\b(diabet(?:es|ic)|t[12]dm|iddm|niddm|dm)\b/i,
    unless: /\b(insipidus|pre-?diabet\w*|non-?diabetic|borderline)\b/i,
    codes: ['E10-E14', 'O24'],
    suggest: [
      { when: /\b(type 1|type i|t1dm|iddm)\b/i, code: 'E10.9' },
      { when: /\b(type 2|type ii|t2dm|niddm)\b/i, code: 'E11.9' },
      { code: 'E14.9' },
    ],
    source: 'issue-4',
  },
  {
    name: 'hypertension',
    words: /\b(hypertension|hypertensive|htn)\b/i,
    unless:
      /\b(pulmonary|portal|intracranial|ocular|gestational|pregnancy[- ]induced|white[- ]coat)\s+(arterial\s+)?hypertension\b/i,
    codes: ['I10-I15', 'O10-O11'],
    suggest: [{ code: 'I10' }],
    source: 'issue-4',
  },
  {
    name: 'asthma',
    words: /\basthma(tic)?\b/i,
    codes: ['J45-J46'],
    suggest: [{ code: 'J45.9' }],
    source: 'issue-4',
  },
  {
    name: 'chronic obstructive pulmonary disease',
    words: /\b(copd|coad|chronic obstructive (pulmonary|airways?|lung) disease|emphysema)\b/i,
    codes: ['J43-J44'],
    suggest: [{ when: /emphysema/i, code: 'J43.9' }, { code: 'J44.9' }],
    source: 'issue-4',
  },
  {
    name: 'epilepsy',
    words: /\bepilep(sy|tic)\b/i,
    codes: ['G40-G41'],
    suggest: [{ code: 'G40.9' }],
    source: 'issue-4',
  },
  {
    name: 'dementia',
    words: /\b(dementia|alzheimer'?s?)\b/i,
    codes: ['F00-F03', 'G30', 'F05.1'],
    suggest: [
      { when: /alzheimer/i, code: 'G30.9' },
      { when: /vascular dementia/i, code: 'F01.9' },
      { code: 'F03' },
    ],
    source: 'issue-4',
  },
  {
    name: "Parkinson's disease",
    words: /\bparkinson'?s?\b|\bparkinsonism\b/i,
    codes: ['G20-G22'],
    suggest: [{ when: /parkinson'?s? disease/i, code: 'G20' }],
    source: 'issue-4',
  },
  {
    name: 'HIV',
    words: /\b(hiv|human immunodeficiency virus)\b/i,
    unless: /\bhiv (test|screen)\w*\b/i,
    codes: ['B20-B24', 'Z21', 'O98.7'],
    source: 'issue-4',
  },
  {
    name: 'chronic kidney disease',
    words: /\b(ckd|chronic kidney disease|chronic renal (failure|disease|impairment|insufficiency))\b/i,
    codes: ['N18', 'I12-I13'],
    suggest: [
      { when: /\b(stage|ckd)\s*1\b/i, code: 'N18.1' },
      { when: /\b(stage|ckd)\s*2\b/i, code: 'N18.2' },
      { when: /\b(stage|ckd)\s*3[ab]?\b/i, code: 'N18.3' },
      { when: /\b(stage|ckd)\s*4\b/i, code: 'N18.4' },
      { when: /\b(stage|ckd)\s*5\b/i, code: 'N18.5' },
      { code: 'N18.9' },
    ],
    source: 'issue-4',
  },
  {
    name: 'atrial fibrillation',
    words: /\batrial fibrillation\b|\bAF\b/,
    codes: ['I48'],
    suggest: [{ code: 'I48.9' }],
    source: 'curated',
  },
  {
    name: 'multiple sclerosis',
    words: /\bmultiple sclerosis\b/i,
    codes: ['G35'],
    suggest: [{ code: 'G35' }],
    source: 'curated',
  },
  {
    name: 'cystic fibrosis',
    words: /\bcystic fibrosis\b/i,
    codes: ['E84'],
    suggest: [{ code: 'E84.9' }],
    source: 'curated',
  },
  {
    name: 'sickle-cell disease',
    words: /\bsickle[- ]cell (disease|anaemia|anemia)\b/i,
    codes: ['D57'],
    source: 'curated',
  },
  {
    name: 'schizophrenia',
    words: /\bschizophreni(a|c)\b/i,
    codes: ['F20-F25'],
    suggest: [{ code: 'F20.9' }],
    source: 'curated',
  },
  {
    name: 'bipolar affective disorder',
    words: /\bbipolar\b/i,
    codes: ['F31'],
    suggest: [{ code: 'F31.9' }],
    source: 'curated',
  },
];
