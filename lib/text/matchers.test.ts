/**
 * The word-table matchers that replaced large regexes (for a cold content script) match exactly what
 * those regexes matched: each is checked against its old regex, kept here as the oracle, over the
 * listed words with tricky neighbours and over every analysis case text.
 */
import { describe, expect, it } from 'vitest';
import { CASES } from './analyse-cases';
import { isChronic } from './chronic';
import { hasProcedureCue } from './kind';
import { isEndoscopy, isProcedureHead, startsWithModifier } from './list';
import { endsWithDotWord } from './split';

const EDGES = ['', ' ', 'x', 'é', '2', '_', '-', '/', "'", 's', 'ic', '.', '\u212a', '½'];
const TEXTS = CASES.map((c) => c[0]);

/** Each word of a regex's alternation with every pair of edges, in three cases, plus the case texts. */
function samples(words: string[]): string[] {
  const out = [...TEXTS];
  for (const w of words)
    for (const v of [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)])
      for (const l of EDGES) for (const r of EDGES) out.push(`${l}${v}${r}`, `a ${l}${v}${r} b`);
  return out;
}

function expectSame(match: (s: string) => boolean, oracle: RegExp, words: string[]): void {
  const wrong = samples(words).filter((s) => match(s) !== oracle.test(s));
  expect(wrong).toEqual([]);
}

describe('word-table matchers match the regexes they replaced', () => {
  it('chronic conditions', () => {
    const oracle =
      /(?<![\p{L}\p{N}])(?:diabet\w*|t[12]\s?dm|dm|iddm|niddm|hypertension|htn|hypertensive|asthma\w*|copd|chronic obstructive|emphysema|bronchiectasis|cystic fibrosis|epilep\w*|seizure disorder|dementia|alzheimer\w*|parkinson\w*|hiv|ckd|chronic kidney|chronic renal|esrf|eskd|ihd|ischa?emic heart|angina|atrial fibrillation|af|heart failure|ccf|lvf|cardiac failure|hypothyroid\w*|hyperthyroid\w*|multiple sclerosis|rheumatoid|osteoarthritis|oa|ankylosing|lupus|sle|crohn\w*|ulcerative colitis|ibd|schizophreni\w*|bipolar|depressi\w*|anxiety|learning disabilit\w*|down'?s syndrome|sickle cell|thalassa?emia|haemophilia|hemophilia|cirrhosis|chronic liver|hepatitis [bc]|obes\w*|cerebral palsy|spina bifida|hemiplegi\w*|blind\w*|deaf\w*|glaucoma|psoriasis|gout|osteoporosis|polymyalgia|myasthenia|motor neurone|peripheral vascular|pvd|chronic pain|sleep apnoea|osa|hypercholesterol\w*|hyperlipid\w*|pernicious|chronic)(?![\p{L}\p{N}])/iu;
    const words = [
      'diabetes',
      'diabet',
      't2dm',
      't1 dm',
      'dm',
      'ischemic heart',
      "down's syndrome",
      'downs syndrome',
    ];
    expectSame(isChronic, oracle, [...words, 'thalassemia', 'hepatitis c', 'obese', 'chronic', 'af', 'oa']);
  });

  it('procedure cues', () => {
    const suffix =
      /\p{L}{2,}(?:ectomy|ectomies|otomy|otomies|ostomy|stomy|oscopy|oscopies|plasty|plasties|pexy|rrhaphy|desis|tripsy|centesis|graphy|ograms?)\b/iu;
    const word =
      /\b(?:repair|replacement|insertion|inserted|excision|excised|biopsy|biopsies|removal|removed|reduction|fixation|resection|amputation|transplant(?:ation)?|bypass|graft(?:ing)?|stent(?:ing)?|ablation|drainage|drained|injection|debridement|manipulation|washout|closure|anastomosis|ligation|decompression|cardioversion|transfusion|intubation|circumcision|dialysis|chemotherapy|radiotherapy|embolisation|embolization|catheterisation|catheterization|cannulation|aspiration|laparoscopic|laparoscopy|lap\.?(?= )|arthroscopic|endoscopic|percutaneous|caesarean section|c-section|cesarean section|operation|surgery|procedure)\b/i;
    const abbr =
      /(?<![\p{L}\p{N}])(?:ORIF|MUA|EUA|THR|TKR|THA|TKA|OGD|ERCP|PCI|PTCA|CABG|LSCS|TURP|TURBT|EVAR|TAVI|TAVR|AVR|MVR|PEG|PICC|DCCV|I&D|D&C|ECT|TOE|TTE|EBUS|MRCP|EGD|TAH|BSO|LLETZ|PPM|ICD insertion|ECV|NIV|CPAP|BiPAP|BIPAP|IPPV|HFNO|HFNC|RRT|CVVHD?F?|PEG|RIG|NGT|LP|OGD|PTC|TACE|RFA|SAD|ACDF|TKA|UKR|HTO)(?![\p{L}\p{N}])/u;
    const oracle = { test: (s: string) => suffix.test(s) || word.test(s) || abbr.test(s) } as RegExp;
    const words = ['appendicectomy', 'ectomy', 'xectomies', 'angiogram', 'lap', 'lap.', 'c-section', 'graft'];
    expectSame(hasProcedureCue, oracle, [...words, 'transplantation', 'stenting', 'embolization', 'ORIF']);
  });

  it('procedure heads and endoscopies in lists', () => {
    const head =
      /\p{L}{2,}(?:ectomy|otomy|ostomy|oscopy|plasty|pexy)\b|\b(?:repair|replacement|insertion|excision|resection|removal|biopsy|amputation|transplant|bypass|graft|stenting|ablation|drainage|decompression|fixation)\b/iu;
    expectSame(isProcedureHead, head, ['lobectomy', 'pexy', 'xpexy', 'repair', 'stenting', 'graft']);
    const endoscopy =
      /\p{L}{3,}oscop(?:y|ic)\b|(?<![\p{L}\p{N}])(?:OGD|EGD|ERCP|EUS|EBUS|TURBT|TURP|flexi(?:ble)? sig|flexi sig)(?![\p{L}\p{N}])/iu;
    expectSame(isEndoscopy, endoscopy, [
      'cystoscopy',
      'oscopic',
      'xoscopy',
      'OGD',
      'flexible sig',
      'flexi sig',
    ]);
  });

  it('modifiers after a comma', () => {
    const oracle =
      /^(?:left|right|bilateral|both|l|r|lt|rt|lower|upper|middle|mid|proximal|distal|anterior|posterior|medial|lateral|stage|grade|type|class|with|without|due|secondary|complicated|uncomplicated|on|in|of|at|for|from|to|source|site|cause|organism|unknown|unspecified|nos|mild|moderate|severe|controlled|uncontrolled|poorly|well|diet|insulin|tablet|acute|chronic|closed|open|displaced|undisplaced|non|not|recurrent|initial|subsequent|nstemi|stemi|treated|awaiting|requiring|s\/p|current|currently|episode|cemented|uncemented|hybrid|likely|probably|possibly|presumed|predominantly|involving|affecting|extending|single|multiple|site|sites|region|lobe|segment|zone)\b/i;
    const trailing = ['left', 'l', 's/p', 'non', 'zone', 'sites', 'leftover', 'x'];
    const wrong = samples(trailing)
      .flatMap((s) => [s, s.trimStart()])
      .filter((s) => startsWithModifier(s) !== oracle.test(s));
    expect(wrong).toEqual([]);
  });

  it('words whose full stop does not end a sentence', () => {
    const oracle =
      /(?:^|[\s(])(?:dr|mr|mrs|ms|st|e\.g|i\.e|approx|vs|no|fig|etc|ca|cf|pt|yrs?|wks?|hrs?|mins?|[a-z])$/i;
    const wrong = samples(['dr', 'e.g', 'yrs', 'mins', 'x', 'no', 'approx', 'stage'])
      .flatMap((s) => [s, s.slice(-8), `(${s}`])
      .filter((s) => endsWithDotWord(s) !== oracle.test(s));
    expect(wrong).toEqual([]);
  });
});
