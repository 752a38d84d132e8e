/**
 * The wording rules headings.ts classifies by, as word tables. Pure; any context.
 *
 * A content script starts cold on every page load and V8 compiles each regex on first use: these
 * alternations cost milliseconds each. Headings are folded first (only [a-z0-9] words and single
 * spaces), so each rule's regex is matched word by word instead (phrases.ts); administrative labels
 * and type labels are whole wordings, looked up or checked by their first word.
 */
import { findPhrase, phraseTable, splitOn, type PhraseTable } from './phrases';
import type { SectionKind } from './types';

export interface Rule {
  /**
   * The wordings, as a phrase table spec (phrases.ts): they match folded text exactly as `regex`
   * does, which is not run (compiled cold it costs milliseconds) but kept as the reference the tests
   * compare with.
   */
  phrases: string[];
  regex: RegExp;
  kind: SectionKind | 'ignore';
}

export const RULES: Rule[] = [
  {
    regex: /\b(family ([a-z]+ )?history|fh|fhx|family hx)\b/,
    kind: 'family-history',
    phrases: ['family <letters> history', 'family history', 'fh', 'fhx', 'family hx'],
  },
  // Before "history": the history of this illness is the episode's free text, not past history.
  {
    regex: /\b(history of (the )?present(ing)? (complaint|illness)|hpc|hpi)\b/,
    kind: 'free-text',
    phrases: ['history of (the )present(ing) (complaint|illness)', 'hpc', 'hpi'],
  },
  // "Medicine" after another word is a specialty ("Renal Medicine"), not a list of drugs.
  {
    regex:
      /\b(medications?|medicines|(?<![a-z] )medicine|(discharge|regular|current|new|usual|home) medicine|drugs?|drug history|prescriptions?|allerg(y|ies)|adverse reactions?|alerts?|warnings?|analgesia( given)?|nursing handover|handover|fluid balance|risk (summary|assessment|management)|risks? (to|from) (self|others|children)|((post ?op(erative)?|discharge|patient|nursing|wound care) )?instructions|patient (details|banner|information)|demographics|contacts?|next of kin|address|gp details|navigation|menu|social history|sh|plan|management plan|follow ?up|actions?|tto|ttos?|discharge medications?|observations|vital signs|obs|information given|referrals?|meds( changes)?|jobs( for .*)?|to do|baby( \d+| details| summary)?|key worker)\b/,
    kind: 'ignore',
    phrases: [
      'medication(s)',
      'medicines',
      '!medicine',
      '(discharge|regular|current|new|usual|home) medicine',
      'drug(s)',
      'drug history',
      'prescription(s)',
      'allerg(y|ies)',
      'adverse reaction(s)',
      'alert(s)',
      'warning(s)',
      'analgesia( given)',
      'nursing handover',
      'handover',
      'fluid balance',
      'risk (summary|assessment|management)',
      'risk(s) (to|from) (self|others|children)',
      '(post operative |post op |postoperative |postop |discharge |patient |nursing |wound care |)instructions',
      'patient (details|banner|information)',
      'demographics',
      'contact(s)',
      'next of kin',
      'address',
      'gp details',
      'navigation',
      'menu',
      'social history',
      'sh',
      'plan',
      'management plan',
      'follow( )up',
      'action(s)',
      'tto',
      'tto(s)',
      'discharge medication(s)',
      'observations',
      'vital signs',
      'obs',
      'information given',
      'referral(s)',
      'meds( changes)',
      'jobs( for <rest>)',
      'to do',
      'baby( <digits>| details| summary|)',
      'key worker',
    ],
  },
  {
    regex: /\b(investigations? and procedures?|procedures? and investigations?)\b/,
    kind: 'procedures',
    phrases: ['investigation(s) and procedure(s)', 'procedure(s) and investigation(s)'],
  },
  {
    regex: /\b(co ?morbid(it(y|ies))?|comorbs?|co ?existing conditions?)\b/,
    kind: 'comorbidities',
    phrases: ['co( )morbid(ity|ities|)', 'comorb(s)', 'co( )existing condition(s)'],
  },
  {
    regex:
      /\b((past|previous) ([a-z]+ )?history|pmh|pmhx|psh|(medical|surgical|psychiatric|birth|obstetric|perinatal|neonatal|developmental) history|background|past problems?|inactive problems?|resolved problems?|hx)\b/,
    kind: 'history',
    phrases: [
      '(past|previous) (<letters> |)history',
      'pmh',
      'pmhx',
      'psh',
      '(medical|surgical|psychiatric|birth|obstetric|perinatal|neonatal|developmental) history',
      'background',
      'past problem(s)',
      'inactive problem(s)',
      'resolved problem(s)',
      'hx',
    ],
  },
  {
    regex:
      /\b(diagnos[ie]s|dx|ddx|differentials?|excluded|ruled out|problems?( list)?|active problems?|conditions?|main condition|problems and issues|indications?|outcome of (delivery|birth|labour)|birth outcome|(clinical |working |overall )?impression|imp|complications?)\b/,
    kind: 'diagnoses',
    phrases: [
      'diagnos(i|e)s',
      'dx',
      'ddx',
      'differential(s)',
      'excluded',
      'ruled out',
      'problem(s)( list)',
      'active problem(s)',
      'condition(s)',
      'main condition',
      'problems and issues',
      'indication(s)',
      'outcome of (delivery|birth|labour)',
      'birth outcome',
      '(clinical |working |overall |)impression',
      'imp',
      'complication(s)',
    ],
  },
  {
    regex:
      /\b(procedures?|operations?|operative procedures?|mode of (delivery|birth)|surgery|surgical procedures?|interventions?|treatments? given|opcs)\b/,
    kind: 'procedures',
    phrases: [
      'procedure(s)',
      'operation(s)',
      'operative procedure(s)',
      'mode of (delivery|birth)',
      'surgery',
      'surgical procedure(s)',
      'intervention(s)',
      'treatment(s) given',
      'opcs',
    ],
  },
  // Investigations by name ("CXR (portable)", "CT thorax", "Histology") head their findings.
  {
    regex:
      /\b(findings?|investigations?|ix|results?|conclusions?|examination|on examination|histology|histopathology|pathology|cytology|staging|imaging|radiology)\b|^(cxr|chest x ray|x ray|xr|ct|ctpa|cta|mri|mra|uss?|ultrasound|echo|echocardiogram|tte|ecg)( [a-z0-9]+){0,8}$/,
    kind: 'findings',
    phrases: [
      'finding(s)',
      'investigation(s)',
      'ix',
      'result(s)',
      'conclusion(s)',
      'examination',
      'on examination',
      'histology',
      'histopathology',
      'pathology',
      'cytology',
      'staging',
      'imaging',
      'radiology',
      '^(cxr|chest x ray|x ray|xr|ct|ctpa|cta|mri|mra|uss|us|ultrasound|echo|echocardiogram|tte|ecg) <upto8>',
    ],
  },
  {
    regex:
      /\b(summary|clinical summary|discharge summary|clinical details|clinical notes?|assessment|comments?|notes?|narrative|progress( notes?)?|(hospital|clinical|inpatient|ward) course|overnight|events|ward round|interval history|update)\b/,
    kind: 'free-text',
    phrases: [
      'summary',
      'clinical summary',
      'discharge summary',
      'clinical details',
      'clinical note(s)',
      'assessment',
      'comment(s)',
      'note(s)',
      'narrative',
      'progress( notes| note|)',
      '(hospital|clinical|inpatient|ward) course',
      'overnight',
      'events',
      'ward round',
      'interval history',
      'update',
    ],
  },
];

// Labels of administrative fields: who, where, when, measurements. Their values are never coded.
// Folded text that is one of these wordings, whole, is such a label. This replaces the anchored regex
// `^(admitted( on| by| under)?|admission( date| time)?|date( and time)? of (admission|discharge|
// birth|operation|procedure)|discharged( on)?|discharge (date|time|destination)|consultant|
// responsible (clinician|consultant)|clinicians?|doctor|named nurse|nurse|gp|registered gp|ward|bed|
// location|room|cubicle|bay|specialty|speciality|team|mrn|hospital (no|number)|nhs (no|number)|dob|
// age|sex|gender|sex weight|weight|height|bmi|arrival( time| date| mode)?|mode of arrival|triage(
// category| time)?|time|date|dates|midwife|obstetrician|surgeon|surgeons|assistant|anaesthetist|
// anaesthesia|anaesthetic|scrub nurse|gestation|apgar( score)?|observations|obs|fluid balance|
// handover|nursing handover|estimated blood loss|ebl|blood loss|feeding|entered by|recorded by|author|
// signed( by)?|reviewed by|seen by|referred by|referrer|duration|disposal|mha status|legal status|
// care coordinator|key worker|next of kin|nok|ed no|slot|patient|patient name|name|address|phone|
// telephone|episode|encounter|visit|side|laterality|(operation|operative|procedure|surgical) side)$`
// (its every wording, listed: heading-rules.test.ts checks the two agree).
export const ADMIN_WORDINGS =
  'admitted|admitted on|admitted by|admitted under|admission|admission date|admission time|' +
  'date of admission|date of discharge|date of birth|date of operation|date of procedure|' +
  'date and time of admission|date and time of discharge|date and time of birth|' +
  'date and time of operation|date and time of procedure|discharged|discharged on|' +
  'discharge date|discharge time|discharge destination|consultant|responsible clinician|' +
  'responsible consultant|clinician|clinicians|doctor|named nurse|nurse|gp|registered gp|' +
  'ward|bed|location|room|cubicle|bay|specialty|speciality|team|mrn|hospital no|' +
  'hospital number|nhs no|nhs number|dob|age|sex|gender|sex weight|weight|height|bmi|' +
  'arrival|arrival time|arrival date|arrival mode|mode of arrival|triage|triage category|' +
  'triage time|time|date|dates|midwife|obstetrician|surgeon|surgeons|assistant|' +
  'anaesthetist|anaesthesia|anaesthetic|scrub nurse|gestation|apgar|apgar score|' +
  'observations|obs|fluid balance|handover|nursing handover|estimated blood loss|ebl|' +
  'blood loss|feeding|entered by|recorded by|author|signed|signed by|reviewed by|seen by|' +
  'referred by|referrer|duration|disposal|mha status|legal status|care coordinator|' +
  'key worker|next of kin|nok|ed no|slot|patient|patient name|name|address|phone|telephone|' +
  'episode|encounter|visit|side|laterality|operation side|operative side|procedure side|' +
  'surgical side|' +
  // An operation note's how-it-was-done fields: the operation itself is coded from its own field.
  'approach|surgical approach|incision|closure|wound closure|technique|operative technique|' +
  'surgical technique|procedure details|operative details|operation details|details of procedure|' +
  'details of operation|prophylaxis|antibiotic prophylaxis|antibiotics|vte prophylaxis|' +
  'thromboprophylaxis|dvt prophylaxis|drain|drains|dressing|dressings|tourniquet|' +
  'tourniquet time|position|positioning|skin prep|skin preparation|asa|asa grade|implants|' +
  'specimen|specimens|est blood loss|urgency';

/** The words of folded text (single spaces between words, none at the ends); [] for ''. */
export function foldedWords(t: string): string[] {
  return splitOn(t, ' ');
}

let adminWordings: Set<string> | undefined;
let qualifierWords: Set<string> | undefined;

function setOf(items: string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i < items.length; i++) set.add(items[i]!);
  return set;
}

const ruleTables: PhraseTable[] = [];

/**
 * What RULES[i].regex's `exec` finds in folded text with these words: 0 nothing, 1 the whole text,
 * 2 part of it (its `test` is true when this is not 0).
 */
export function findRule(i: number, words: string[]): 0 | 1 | 2 {
  const table = (ruleTables[i] ??= phraseTable(RULES[i]!.phrases));
  return findPhrase(table, words);
}

// Words that may surround a heading's core wording in a bare line ("Secondary diagnoses", "Procedures
// performed"); anything else means the line is content that merely mentions the word.
const QUALIFIERS =
  'primary secondary principal working final discharge provisional differential main other additional active current relevant significant known list of on and the performed carried out undertaken today this admission episode ' +
  // whose diagnoses: "Maternal diagnoses", "Postnatal problems"
  'maternal postnatal antenatal ' +
  // when: "Pre-operative diagnosis", "Post-op diagnosis", "Operative findings"
  'pre post op operative preoperative postoperative';

/**
 * Folded text without its qualifier words: `collapse(t.replace(/\b(primary|secondary|principal|
 * working|final|discharge|provisional|differential|main|other|additional|active|current|relevant|
 * significant|known|list|of|on|and|the|performed|carried|out|undertaken|today|this|admission|
 * episode|maternal|postnatal|antenatal|pre|post|op|operative|preoperative|postoperative)\b/g,
 * ' '))` for `words` of `t`. Each alternative is one word between word edges, so the
 * regex removes exactly the words that are listed, whole.
 */
export function withoutQualifiers(words: string[]): string {
  qualifierWords ??= setOf(foldedWords(QUALIFIERS));
  let out = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!qualifierWords.has(w)) out = out === '' ? w : out + ' ' + w;
  }
  return out;
}

/** True when folded `t` is an administrative label's wording, whole (see ADMIN_WORDINGS). */
export function isAdminWording(t: string): boolean {
  adminWordings ??= setOf(splitOn(ADMIN_WORDINGS, '|'));
  return adminWordings.has(t);
}
