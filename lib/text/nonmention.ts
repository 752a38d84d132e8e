/**
 * Texts that look like mentions but are not conditions or procedures a coder would code: subjects and
 * pronouns, bare descriptors, treatments and results, lab values and test results, admin lines. Pure;
 * any context.
 */
import { hasClinicalWord } from './vocab';
import { asciiLower, firstLetters, isWordAt, wordList } from './words';

// Investigations and lab tests: "D-dimer negative", "Na 126", "CURB-65 score 2" are results. A test
// name is an optional sample word ("serum"), an optional "hs-", then one of these (words.ts syntax:
// "(x)" optional, "(x|y)" a choice). Matching is by hand (`isLabText`), exactly as the regular
// expression `^LAB(?:\s+(?:score|level|result))?(?:RESULT)?$` (flag `i`) this replaced, without
// compiling a few hundred alternatives on a cold start.
const LAB_SAMPLES = [
  'serum',
  'urine',
  'urinary',
  'blood',
  'plasma',
  'capillary',
  'venous',
  'arterial',
  'repeat',
  'admission',
  'peak',
  'initial',
];
const LAB_NAMES = [
  'trop(onin)(|t|i| t| i)',
  'hba1c',
  'a1c',
  'na(+)',
  'k(+)',
  'sodium',
  'potassium',
  'crp',
  'wcc',
  'wbc',
  'hb',
  'haemoglobin',
  'hemoglobin',
  'plt',
  'platelets',
  'egfr',
  'creatinine',
  'creat',
  'urea',
  'lactate',
  'bnp',
  'nt(-)probnp',
  'inr',
  'aptt',
  'lvef',
  'ef',
  'bmi',
  'gcs',
  'news(2)',
  'curb(-)65',
  '4at',
  'wells( score)',
  'gold',
  'das(-)28',
  'apgar',
  'pcr',
  'acr',
  'd(-)dimer',
  '(b)(-)hcg',
  'alt',
  'ast',
  'alp',
  'ggt',
  'bilirubin',
  'albumin',
  'glucose',
  'cbg',
  'spo2',
  'o2 sats',
  'sats',
  'temp',
  'temperature',
  'bp',
  'hr',
  'rr',
  'pulse',
  'ph',
  'pco2',
  'po2',
  'hco3',
  'ferritin',
  'tsh',
  'ft4',
  't4',
  'psa',
  'ca(-)125',
  'cea',
  'lipase',
  'amylase',
  'ck',
  'esr',
  'mcv',
  'neutrophils',
  'neuts',
  'lymphocytes',
  'fbc',
  'u&e(s)',
  'lft(s)',
  'ctpa',
  'cxr',
  'x(-)ray',
  'mri',
  'mrcp',
  'us(s)',
  'ultrasound',
  'echo(cardiogram)',
  'tte',
  'toe',
  'ecg',
  'ekg',
  'urine dip',
  'dip',
  'msu',
  'blood culture(s)',
  'culture(s)',
  'swab(s)',
  'covid(-19) (pcr|swab|test)',
  'lp',
  'csf',
  'screen',
  'test(s)',
  'bloods',
  'scan',
  'imaging',
  'histology',
  'cytology',
];
const LAB_RESULT_WORDS = [
  'negative',
  'positive',
  'neg',
  'pos',
  'normal',
  'abnormal',
  'raised',
  'elevated',
  'high',
  'low',
  'rising',
  'falling',
  'unremarkable',
  'clear',
  'nad',
  'sent',
  'pending',
  'awaited',
  'requested',
  'done',
];
let labNames: Map<string, string[]> | undefined;

const isDigit = (s: string, i: number): boolean => s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;

/** Where a test name (with its sample word and "hs-") ends, for each way it can be read at 0. */
function labNameEnds(t: string): number[] {
  if (!labNames) {
    labNames = new Map();
    for (const { word } of wordList(LAB_NAMES)) {
      const key = word.slice(0, 2);
      labNames.set(key, [...(labNames.get(key) ?? []), word]);
    }
  }
  const starts = [0];
  for (const w of LAB_SAMPLES) if (t.startsWith(`${w} `, 0)) starts.push(w.length + 1);
  for (const s of [...starts]) {
    if (t.startsWith('hs-', s)) starts.push(s + 3);
    if (t.startsWith('hs', s)) starts.push(s + 2);
  }
  const ends: number[] = [];
  for (const s of starts) {
    for (const name of [...(labNames.get(t.slice(s, s + 2)) ?? []), ...(labNames.get(t[s] ?? '') ?? [])]) {
      if (t.startsWith(name, s)) ends.push(s + name.length);
    }
    // "ct", "ct head": `ct(?:\s+\w+)?`
    if (t.startsWith('ct', s)) {
      ends.push(s + 2);
      if (t[s + 2] === ' ') for (let i = s + 3; isWordAt(t, i); i++) ends.push(i + 1);
    }
  }
  return ends;
}

/** A result after a test name at `at`: `\s*(?:[:=]|of|was|is)?\s*(?:[<>≤≥~]?\s*\d.*|word\b.*)$`. */
function labResultAt(t: string, at: number): boolean {
  const spaced = (i: number): number[] => (t[i] === ' ' ? [i, i + 1] : [i]);
  for (const a of spaced(at)) {
    const seps = [a];
    if (t[a] === ':' || t[a] === '=') seps.push(a + 1);
    for (const w of ['of', 'was', 'is']) if (t.startsWith(w, a)) seps.push(a + w.length);
    for (const b of seps) {
      for (const c of spaced(b)) {
        let d = '<>≤≥~'.includes(t[c] ?? '') ? c + 1 : c;
        if (isDigit(t, c)) return true;
        while (t[d] === ' ') d++;
        if (isDigit(t, d)) return true;
        for (const w of LAB_RESULT_WORDS) {
          if (t.startsWith(w, c) && !isWordAt(t, c + w.length)) return true;
        }
        // "back to …", "within …": the rest needs a word character for the `\b`.
        for (const w of ['back to ', 'within ']) {
          if (t.startsWith(w, c) && /\w/.test(t.slice(c + w.length))) return true;
        }
      }
    }
  }
  return false;
}

/**
 * A test name, or a test name and its result, filling `t` (whitespace collapsed): what
 * `^LAB(?:\s+(?:score|level|result))?(?:RESULT)?$` (flag `i`) matched.
 */
function isLabText(text: string): boolean {
  const t = asciiLower(text);
  for (const end of labNameEnds(t)) {
    const after = [end];
    for (const w of [' score', ' level', ' result']) if (t.startsWith(w, end)) after.push(end + w.length);
    for (const a of after) if (a === t.length || labResultAt(t, a)) return true;
  }
  return false;
}

const SUBJECTS = new Set(
  'patient pt he she they it him her them this we i man woman lady gentleman gent boy girl male female client'
    .split(' ')
    .concat('service user'),
);

// A single descriptor word is not a condition ("viral", "Older", "Confirmed", "Active").
const DESCRIPTORS = new Set(
  wordList([
    'viral',
    'bacterial',
    'fungal',
    'infective',
    'older',
    'younger',
    'elder',
    'eldest',
    'confirmed',
    'active',
    'inactive',
    'chronic',
    'acute',
    'resolved',
    'resolving',
    'suspected',
    'provisional',
    'working',
    'differential',
    'stable',
    'improving',
    'worsening',
    'unchanged',
    'left',
    'right',
    'bilateral',
    'mild',
    'moderate',
    'severe',
    'positive',
    'negative',
    'normal',
    'abnormal',
    'cemented',
    'uncemented',
    'elective',
    'emergency',
    'urgent',
    'recurrent',
    'primary',
    'secondary',
    'principal',
    'main',
    'new',
    'old',
    'current',
    'likely',
    'possible',
    'probable',
    'treated',
    'untreated',
    'controlled',
    'uncontrolled',
    'admitted',
    'discharged',
    'medication(s)',
    'allergies',
    'allergy',
    'baby',
    'delivery',
    'complication(s)',
    'admission(s)',
    'sequelae',
    'comment',
    'status',
    'type',
    'date',
    'side',
  ]).map((e) => e.word),
);

/** `^(?:the\s+)?(?:patient|pt|he|...|service user)$` (flag `i`) on whitespace-collapsed text. */
function isSubject(lower: string): boolean {
  return SUBJECTS.has(lower) || (lower.startsWith('the ') && SUBJECTS.has(lower.slice(4)));
}

// The first words these can start with: text starting otherwise never matches, and the regexes are
// compiled only when one does.
const TREATMENT_FIRST = new Set(
  (
    'rate rhythm well poorly diet tablet insulin partially adequately controlled anti anticoagulated good poor ' +
    'excellent satisfactory successful uneventful partial complete full treated managed improved recovered ' +
    'responded responding uncomplicated no'
  ).split(' '),
);
const FOLLOWED_BY_CONDITION = new Set(['treated', 'managed']);
// Names of results and markers, and sentence openers, that are never conditions on their own: a
// receptor status table's "ER", "HER2", a "Tumour size" row, "There is ..." before a cue.
const RESULT_NAMES = new Set(
  (
    'er|pr|her2|her-2|ki-67|ki67|pd-l1|tumour size|tumor size|size|clinical stage|pathological stage|' +
    'stage|grade|there is|there are|there was|there were|it is|this is'
  ).split('|'),
);
const TREATMENT_OR_RESULT =
  /^(?:(?:rate|rhythm|well|poorly|diet|tablet|insulin|partially|adequately)\s+)?controlled\b|^(?:rate|rhythm) control\b|^anti-?coagulated\b|^(?:good|poor|excellent|satisfactory|successful|uneventful|partial|complete|full)\s+(?:result|response|outcome|recovery|progress|position|reduction|resolution)\b|^(?:treated|managed|improved|recovered|responded|responding)\b|^uncomplicated$|^no\s+complications?$/i;

// Signature lines, letter courtesies and who-did-what lines are never conditions.
const ADMIN_FIRST = new Set(
  (
    'admitted discharged arrival arrived seen reviewed referred entered recorded signed safety care plan follow ' +
    'followup nursing handover completed written dictated typed verified authorised authorized electronically ' +
    'handed discussed copied thank many dear yours kind best collateral strict daily'
  ).split(' '),
);
const ADMIN_INSIDE = ['risk to ', 'nhs', 'foundation trust', 'fluid balance', 'input/output'];
const ADMIN =
  /^(?:admitted|discharged|arrival|arrived|seen|reviewed|referred|entered by|recorded by|signed|safety plan|care plan|plan|follow[- ]?up|nursing handover|handover|(?:completed|written|dictated|typed|verified|authori[sz]ed|electronically signed|handed over|discussed|copied) (?:by|to|with)|thank you|many thanks|dear|yours|kind regards|best wishes|collateral history)\b|\brisk to (?:self|others)\b|\bnhs\b|\bfoundation trust\b|\bfluid balance\b|\binput\/output\b|^(?:strict|daily)\s+(?:weights?|input|fluid|obs\w*)\b/i;

// "No concerns identified", "safeguarding concerns raised": a concern is not a condition (a concern
// for one is an uncertainty cue: triggers.ts).
const CONCERNS =
  /^(?:(?:any|other|further|new|major|significant|safeguarding|immediate)\s+)?concerns?(?:\s+(?:identified|raised|noted|reported|found|expressed|voiced|today))?$/;

// "PO4 2.1 mmol/L", "URR 71%", "LVEDP 22 mmHg": a short test name (often an abbreviation this file
// does not list) and a value with a laboratory unit is a reading, whatever the test.
const VALUE_READING =
  /^(?:(?:adjusted|corrected|serum|plasma|fasting|random)\s+)?[a-z][a-z0-9]{0,7}\s*[:=]?\s*[<>≤≥~]?\d+(?:[.,]\d+)?\s*(?:%|mmhg|(?:[munpµ]?mol|[munpµ]?g|i?u|ml|l|x\s*10\^?\d+)\s*\/\s*(?:l|dl|ml|min|h|kg))$/;

/**
 * True when a mention's cleaned text is not something a coder would code. A bare test name ("D-dimer"
 * of "D-dimer negative") is a result outside a procedures section; in one it is a coded investigation.
 */
export function isNonMention(text: string, section?: string): boolean {
  const t = text.trim().replace(/\s+/g, ' ');
  const lower = asciiLower(t);
  if (isSubject(lower) || DESCRIPTORS.has(lower) || RESULT_NAMES.has(lower) || isScore(lower)) return true;
  if (lower.includes('concern') && CONCERNS.test(lower)) return true;
  if ((lower.includes('/') || lower.includes('%') || lower.includes('mmhg')) && VALUE_READING.test(lower))
    return true;
  const first = firstLetters(lower);
  // "Treated pulmonary tuberculosis" names what was treated; "treated with antibiotics" does not.
  const treatedCondition = FOLLOWED_BY_CONDITION.has(first) && hasClinicalWord(t.slice(first.length));
  if (TREATMENT_FIRST.has(first) && !treatedCondition && TREATMENT_OR_RESULT.test(t)) return true;
  if ((ADMIN_FIRST.has(first) || ADMIN_INSIDE.some((w) => lower.includes(w))) && ADMIN.test(t)) return true;
  if (section === 'procedures') return false;
  return isLabText(t);
}

/** True when a qualifier's subject names an investigation or test ("CTPA", "serum hCG", "D-dimer"). */
export function isInvestigation(text: string): boolean {
  return isLabText(text.trim().replace(/\s+/g, ' '));
}

// Labels of lines that never hold a codable condition (docs/fixtures.md: presenting complaint, triage,
// plan and follow-up, clinicians, medication and allergies).
const SKIP_LABELS = new Set(
  wordList([
    'arrival',
    'triage',
    'presenting complaint',
    'pc',
    'clinician',
    'consultant',
    'doctor',
    'nurse',
    'midwife',
    'obstetrician',
    'surgeon',
    'anaesthetist',
    'assistant',
    'entered by',
    'recorded by',
    'signed( by)',
    'author',
    'analgesia( given)',
    'medication(s)',
    'current medication(s)',
    'drug(s)',
    'allerg(y|ies)',
    'plan',
    'follow(-| |)up',
    'outcome',
    'disposition',
    'sex',
    'gender',
    'weight',
    'gestation',
    'feeding',
    'estimated blood loss',
    'ebl',
    'date',
    'time',
    'ward',
    'nhs no',
    'mrn',
    'hospital no',
    // Who and how of a procedure, and care settings: never the procedure or its indication.
    'endoscopist',
    'operating surgeon',
    'scrub nurse',
    'sedation',
    'bowel prep(aration)',
    'comfort score',
    'anaesthetic',
    'anaesthesia',
    'antibiotic(s)',
    'antibiotic prophylaxis',
    '(vte |)prophylaxis',
    'thromboprophylaxis',
    'blood loss',
    'escalation',
    'ceiling of care',
    'resuscitation status',
  ]).map((e) => e.word),
);

// Scores and scales ("NIHSS on arrival: 14", "Clinical Frailty Scale: 6", "ASA II", "MUST: 1"): a
// result, never a condition, whatever words follow the name.
const SCORE_NAMES = new Set(
  (
    'nihss aspects asa cfs must news news2 mews gcs 4at amts amt mmse moca acer barthel waterlow braden ' +
    'abbey wells curb-65 curb65 chads2 cha2ds2-vasc has-bled apgar bishop qsofa rockall blatchford'
  ).split(' '),
);
const SCORE_PHRASES = ['clinical frailty scale', 'boston bowel prep'];

/** True when `text` starts with the name of a score or scale. */
export function isScore(text: string): boolean {
  const lower = asciiLower(text.trim());
  const end = lower.search(/[\s:(]|$/);
  return SCORE_NAMES.has(lower.slice(0, end)) || SCORE_PHRASES.some((p) => lower.startsWith(p));
}

/** True when `label` (the text before ":" or " - ") heads a line that is never coded. */
export function isSkipLabel(label: string): boolean {
  const l = asciiLower(label.trim().replace(/[.:\s]+$/, ''));
  return SKIP_LABELS.has(l) || (l.startsWith('triage') && /^triage\s+category$/.test(l));
}
