/**
 * A compact clinical vocabulary: does a phrase name a condition, symptom, finding or procedure? Used to
 * keep narrative sentences ("Lives alone in a bungalow", "Thank you for seeing this lady") out of the
 * mentions of free-text and findings sections. Pure; any context. The content script cannot reach the
 * code database, so this is word shapes (Greek and Latin suffixes), a few hundred head words and
 * clinical abbreviations, looked up word by word in tables built on first use (words.ts): large
 * regular expressions cost a cold content script several milliseconds each to compile.
 */
import { asciiLower, foldCase, isLetterAt, isWordAt, letterBoundedWords, suffixes } from './words';

// Suffixes that make a word a condition, finding or procedure ("cholecystitis", "cardiomegaly"), after
// at least two letters and before no letter.
const SUFFIX = suffixes(
  [
    'itis',
    'itides',
    'osis',
    'oses',
    'oma(s)',
    'omata',
    'aemia(s)',
    'emia(s)',
    'opath(y|ies)',
    'algia',
    'plasia',
    'troph(y|ies)',
    'ectas(is|ia)',
    'uria',
    'iasis',
    'megaly',
    'ectom(y|ies)',
    'otom(y|ies)',
    'ostom(y|ies)',
    'oscop(y|ies)',
    'plast(y|ies)',
    'pexy',
    'rrhaphy',
    'desis',
    'tripsy',
    'centesis',
    'cele',
    'rrhoea',
    'rrhea',
    'rrhag(e|ia)',
    'p(a)enia',
    'plegia',
    'paresis',
    'spasm(s)',
    'lysis',
    'oedema',
    'edema',
    'cytosis',
    'pnoea',
    'pnea',
    'cardia',
    'thermia',
    'tension',
    'uresis',
    'ptysis',
    'phagia',
    'phasia',
    'taxia',
    'ogram',
    'ography',
    'ectomy',
    'ism',
    'lapaxy',
    'ismus',
  ],
  2,
  'letter',
);

// Head words of conditions, symptoms, findings and procedures, not inside a longer word ("stem*"
// takes any \w*, "(x)" is optional, "(x|y)" a choice: words.ts).
const WORDS = letterBoundedWords([
  // Mixed-case short forms the capitals rule below cannot see.
  'hfref',
  'hfpef',
  'hfmref',
  // conditions
  'disease',
  'disorder(s)',
  'syndrome(s)',
  'diabet*',
  'failure',
  'insufficiency',
  'infection(s)',
  'infected',
  'infestation',
  'sepsis',
  'septic',
  'injur(y|ies)',
  'fracture(s)',
  'fractured',
  'dislocat*',
  'sprain(s)',
  'strain(s)',
  'tear(s)',
  'torn',
  'ruptur*',
  'laceration(s)',
  'wound(s)',
  'burn(s)',
  'bruis*',
  'contusion(s)',
  'cancer(s)',
  'carcinoma*',
  'tumo(u)r(s)',
  'malignan*',
  'neoplas*',
  'metasta*',
  'deposit(s)',
  'lesion(s)',
  'mass(es)',
  'lump(s)',
  'nodule(s)',
  'nodular',
  'polyp(s)',
  'cyst(s)',
  'cystic',
  'abscess(es)',
  'ulcer(s)',
  'ulcerat*',
  'hernia(s)',
  'calcul*',
  'obstruct*',
  'perforat*',
  'prolapse*',
  'stenos*',
  'stricture*',
  'narrowing',
  'occlu*',
  'thromb*',
  'embol*',
  'clot(s)',
  'infarct*',
  'isch(a)emi*',
  'stroke(s)',
  'attack(s)',
  'arrest',
  'fibrillation',
  'flutter',
  'arrhythmi*',
  'block',
  'murmur(s)',
  'regurgitat*',
  'effusion(s)',
  'consolidation',
  'shadowing',
  'collapse',
  'aneurysm*',
  'dissection',
  'bleed*',
  'h(a)emorrhag*',
  'haematoma*',
  'angina',
  'asthma*',
  'pneumoni*',
  'pneumothora*',
  'anaemi*',
  'anemi*',
  'obes*',
  'deficien*',
  'dependen*',
  'abuse',
  'misuse',
  'overdose',
  'poisoning',
  'allerg*',
  'intoleran*',
  'dementia',
  'delirium',
  'confusion',
  'depressi*',
  'anxiety',
  'psychos*',
  'psychotic',
  'schizo*',
  'bipolar',
  'mania',
  'epileps*',
  'seizure(s)',
  'fit(s)',
  'migraine*',
  'palsy',
  'gout',
  'arthrit*',
  'psoriasis',
  'eczema',
  'dermatitis',
  'cellulitis',
  'rash',
  'cataract(s)',
  'glaucoma',
  'cirrhosis',
  'jaundice',
  'varices',
  'ascites',
  'hepatitis',
  'pregnan*',
  'miscarriage',
  'eclampsia',
  'pre-eclampsia',
  'labour',
  'birth(s)',
  'delivery',
  'caesarean',
  'apn(o)ea',
  'bronchopneumoni*',
  'h(a)ematemesis',
  'impaction',
  'concussion',
  'confusional',
  'torsion',
  'dehydrat*',
  'difficult(y|ies)',
  'harmful use',
  'adhesion(s)',
  'plaque(s)',
  'bulla(e)',
  'lentigo',
  'overload',
  'dyspepsia',
  'barrett*',
  'parkinson*',
  'alzheimer*',
  'crohn*',
  'breech',
  'calciphylaxis',
  'urosepsis',
  'lupus',
  'sarcoid*',
  'frailty',
  'frail',
  'fall(s)',
  'hypo+',
  'hyper+',
  'degenerat*',
  'impingement',
  'instability',
  'deformity',
  'contracture',
  'dysfunction',
  'impairment',
  'incompeten*',
  'impaired',
  'incontinen*',
  'retention',
  'weakness',
  'numbness',
  'paralysis',
  'neuropath*',
  'neurolog*',
  'deficit(s)',
  'disabilit*',
  'complication(s)',
  'exacerbation',
  'relapse',
  'recurrence',
  'vegetation(s)',
  'dilat(ed|ation)',
  'enlarge*',
  'thicken*',
  'scarring',
  'atony',
  'distress',
  'shock',
  'trauma',
  'toxicity',
  'reflux',
  'colic',
  'croup',
  'bronchiolitis',
  'virus',
  'viral',
  'bacter*',
  'fung*',
  'covid*',
  'influenza',
  'tuberculosis',
  'hiv',
  // symptoms and signs
  'pain*',
  'ache(s)',
  'tender*',
  'swelling',
  'swollen',
  'breathless*',
  'shortness of breath',
  'cough*',
  'wheez*',
  'crepitation(s)',
  'crackles',
  'stridor',
  'sputum',
  'fever(s)',
  'febrile',
  'pyrexi*',
  'rigor(s)',
  'sweat(s)',
  'vomit*',
  'nausea',
  'diarrhoea',
  'constipation',
  'palpitation(s)',
  'syncop*',
  'dizz*',
  'vertigo',
  'headache(s)',
  'fatigue',
  'lethargy',
  'weight loss',
  'itch*',
  'drows*',
  'unwell',
  'malaise',
  'guarding',
  'distension',
  'oedema',
  'cyanos*',
  'pallor',
  // procedures
  'repair(s)',
  'replacement(s)',
  'insertion',
  'excision',
  'incision',
  'puncture',
  'resection',
  'removal',
  'biops(y|ies)',
  'amputation',
  'transplant*',
  'bypass',
  'graft(s)',
  'stent(s)',
  'stenting',
  'ablation',
  'drainage',
  'drain',
  'injection',
  'aspiration',
  'debridement',
  'manipulation',
  'reduction',
  'fixation',
  'washout',
  'closure',
  'anastomosis',
  'ligation',
  'decompression',
  'cardioversion',
  'transfusion',
  'intubat*',
  'ventilat*',
  'dialysis',
  'haemofiltration',
  'chemotherapy',
  'radiotherapy',
  'immunotherapy',
  'embolisation',
  'embolization',
  'catheteri(s|z)ation',
  'cannulation',
  'tamponade',
  'surgery',
  'repair',
  'caesarean section',
  'delivery',
  'induction',
]);

/** `(?<![\p{L}])\w*stones?(?![\p{L}])` ("gallstones", "stone"), flags `iu`, on folded text. */
function hasStone(lower: string): boolean {
  for (let at = lower.indexOf('stone'); at >= 0; at = lower.indexOf('stone', at + 1)) {
    const end = at + 5;
    if (isLetterAt(lower, end) && !(lower[end] === 's' && !isLetterAt(lower, end + 1))) continue;
    // `\w*` before it runs back over word characters to a start that no letter precedes.
    let k = at;
    while (isLetterAt(lower, k - 1) && isWordAt(lower, k - 1)) k--;
    if (!isLetterAt(lower, k - 1)) return true;
  }
  return false;
}

// Clinical short forms: at least two capitals ("AF", "T2RF", "CKD3b", "IECOPD"), and not one of the
// administrative, staff, place, dosing, observation or test abbreviations below.
const ABBREVIATION =
  /(?<![\p{L}\p{N}])(?=[A-Z0-9&]*[A-Z][A-Z0-9&]*[A-Z])[A-Z0-9&]{2,8}[a-z]?s?(?![\p{L}\p{N}])/gu;
const NOT_CLINICAL = new Set(
  (
    'NHS GP GPS ST1 ST2 ST3 ST4 ST5 ST6 ST7 ST8 FY1 FY2 CT1 CT2 CT3 SHO SPR SPRS REG CNS MDT OT OTS PT SALT DN HCA ' +
    'ED AE A&E AMU SAU ICU ITU HDU CCU NNU SCBU OPD UK NB PS DOB NOK MRN TTO TTA DNACPR DNAR RESPECT BD TDS ' +
    'QDS OD ON OM PRN IV IM SC PO NG NBM ABG VBG BP HR RR SPO2 GCS NEWS NEWS2 ECG EKG CXR CT CTPA MRI MRCP USS ' +
    'US FBC UE U&E U&ES LFT LFTS CRP WCC INR MMSE AMT CFS ECOG TNM MMR RAS CEA BMI EF FEV1 FVC LTOT AM PM ' +
    'NKDA NKA MSU CSU PCR HB HBA1C EGFR TSH PH PCO2 PO2 HCO3 IPAP EPAP FIO2 CPR DNR MRSA VRE ID NO RE CC ' +
    'MRS DR PROF OK TBC TBA NA ASAP ETA IM/IV UTC ECHO TTE TOE LMP EDD GA LA SNT JVP HS PERLA ' +
    // investigations and measurements
    'XR AXR KUB OCT IOP CCT DEXA DXA FFR IFR LVEDP MLA'
  ).split(' '),
);

// A clinical word naming a service, not the patient's condition: "the diabetes team", "the stroke unit",
// "seen by the heart failure specialist nurse", "as per stroke consultant", "sepsis screen". Up to three
// words before the service noun, none of them a function word, are the service's name. Word tables,
// not one regex: a cold content script runs this on every narrative clause.
const SERVICE_NOUNS = new Set(
  (
    'team unit ward clinic nurse nurses consultant consultants specialist specialists service services ' +
    'registrar registrars physician physicians surgeon surgeons doctor doctors department dept mdt ' +
    'liaison outreach pathway bundle protocol screen'
  ).split(' '),
);
// Every service noun starts with one of these (a cheap test before the words are read).
const SERVICE_NOUN_STEMS = (
  'team unit ward clinic nurse consultant specialist service registrar physician surgeon doctor dep mdt ' +
  'liaison outreach pathway bundle protocol screen'
).split(' ');
const NOT_IN_SERVICE_NAME = new Set(
  'the a an and or but by to with of from for on in at into under was were is are his her their our'.split(
    ' ',
  ),
);
// Words as the service rule reads them: a letter, then letters, apostrophes, slashes and hyphens.
const SERVICE_WORD = /[a-z][a-z'/-]*/gi;

/** `text` with service names ("the diabetes team") blanked to spaces: same length, positions kept. */
export function withoutServiceNames(text: string): string {
  // Most clauses hold no service noun at all: a substring check first, before any word is read.
  const lower = asciiLower(text);
  if (!SERVICE_NOUN_STEMS.some((noun) => lower.includes(noun))) return text;
  const words = [...text.matchAll(SERVICE_WORD)];
  let out = text;
  for (let k = 1; k < words.length; k++) {
    const noun = words[k]!;
    if (!SERVICE_NOUNS.has(asciiLower(noun[0]).replace(/'s$/, ''))) continue; // "the renal team's"

    // The name: up to three words straight before the noun, each followed by whitespace only.
    let first = k;
    while (first > 0 && k - first < 3) {
      const prev = words[first - 1]!;
      const gap = text.slice(prev.index + prev[0].length, words[first]!.index);
      if (!/^\s+$/.test(gap) || NOT_IN_SERVICE_NAME.has(asciiLower(prev[0]))) break;
      first--;
    }
    if (first === k) continue;
    const start = words[first]!.index;
    const end = noun.index + noun[0].length;
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

/**
 * True when `text` holds a word or short form that names a condition, symptom, finding or procedure
 * (a service's name, "the diabetes team", does not count).
 */
export function hasClinicalWord(text: string): boolean {
  text = withoutServiceNames(text);
  const lower = foldCase(text);
  if (SUFFIX(lower) || WORDS(lower) || hasStone(lower)) return true;
  for (const m of text.matchAll(ABBREVIATION)) {
    const key = m[0].toUpperCase().replace(/S$/, '');
    if (!NOT_CLINICAL.has(m[0].toUpperCase()) && !NOT_CLINICAL.has(key)) return true;
  }
  return false;
}
