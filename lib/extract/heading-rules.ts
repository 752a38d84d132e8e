/**
 * The wording rules headings.ts classifies by, and word checks that tell which of them could match a
 * folded heading. Pure; any context.
 *
 * A content script starts cold on every page load and V8 compiles each regex on first use: these
 * alternations cost milliseconds each. A match of one in folded text (only [a-z0-9] words and single
 * spaces: `\b` is a word's edge) covers whole words, and every wording a rule spells holds one of a
 * few key words. A rule is run only on text holding one of its keys; text with none could not match,
 * so skipping the rule changes nothing (heading-rules.test.ts checks each key list against every
 * wording its regex spells out).
 */
import { sSlice } from './safe-dom';
import type { SectionKind } from './types';

export interface Rule {
  re: RegExp;
  kind: SectionKind | 'ignore';
  /** Words (space-separated) one of which every match of `re` holds as a whole word. */
  keys: string;
}

export const RULES: Rule[] = [
  {
    re: /\b(family ([a-z]+ )?history|fh|fhx|family hx)\b/,
    kind: 'family-history',
    keys: 'family fh fhx',
  },
  // Before "history": the history of this illness is the episode's free text, not past history.
  {
    re: /\b(history of (the )?present(ing)? (complaint|illness)|hpc|hpi)\b/,
    kind: 'free-text',
    keys: 'complaint illness hpc hpi',
  },
  // "Medicine" after another word is a specialty ("Renal Medicine"), not a list of drugs.
  {
    re: /\b(medications?|medicines|(?<![a-z] )medicine|(discharge|regular|current|new|usual|home) medicine|drugs?|drug history|prescriptions?|allerg(y|ies)|adverse reactions?|alerts?|warnings?|analgesia( given)?|nursing handover|handover|fluid balance|risk (summary|assessment|management)|risks? (to|from) (self|others|children)|((post ?op(erative)?|discharge|patient|nursing|wound care) )?instructions|patient (details|banner|information)|demographics|contacts?|next of kin|address|gp details|navigation|menu|social history|sh|plan|management plan|follow ?up|actions?|tto|ttos?|discharge medications?|observations|vital signs|obs|information given|referrals?|meds( changes)?|jobs( for .*)?|to do|baby( \d+| details| summary)?|key worker)\b/,
    kind: 'ignore',
    keys: 'medication medications medicines medicine drug drugs prescription prescriptions allergy allergies adverse alert alerts warning warnings analgesia handover balance risk risks instructions patient demographics contact contacts kin address gp navigation menu social sh plan follow followup action actions tto ttos observations vital obs information referral referrals meds jobs do baby worker',
  },
  {
    re: /\b(investigations? and procedures?|procedures? and investigations?)\b/,
    kind: 'procedures',
    keys: 'investigation investigations',
  },
  {
    re: /\b(co ?morbid(it(y|ies))?|comorbs?|co ?existing conditions?)\b/,
    kind: 'comorbidities',
    keys: 'morbid morbidity morbidities comorbid comorbidity comorbidities comorb comorbs existing coexisting',
  },
  {
    re: /\b((past|previous) ([a-z]+ )?history|pmh|pmhx|psh|(medical|surgical|psychiatric|birth|obstetric|perinatal|neonatal|developmental) history|background|past problems?|inactive problems?|resolved problems?|hx)\b/,
    kind: 'history',
    keys: 'history pmh pmhx psh background problem problems hx',
  },
  {
    re: /\b(diagnos[ie]s|dx|ddx|differentials?|excluded|ruled out|problems?( list)?|active problems?|conditions?|main condition|problems and issues|indications?|outcome of (delivery|birth|labour)|birth outcome|(clinical |working |overall )?impression|imp)\b/,
    kind: 'diagnoses',
    keys: 'diagnosis diagnoses dx ddx differential differentials excluded ruled problem problems condition conditions indication indications outcome impression imp',
  },
  {
    re: /\b(procedures?|operations?|operative procedures?|mode of (delivery|birth)|surgery|surgical procedures?|interventions?|treatments? given|opcs)\b/,
    kind: 'procedures',
    keys: 'procedure procedures operation operations mode surgery intervention interventions treatment treatments opcs',
  },
  // Investigations by name ("CXR (portable)", "CT thorax", "Histology") head their findings.
  {
    re: /\b(findings?|investigations?|results?|conclusions?|examination|on examination|histology|histopathology|pathology|cytology|staging|imaging|radiology)\b|^(cxr|chest x ray|x ray|xr|ct|ctpa|cta|mri|mra|uss?|ultrasound|echo|echocardiogram|tte|ecg)( [a-z0-9]+){0,8}$/,
    kind: 'findings',
    keys: 'finding findings investigation investigations result results conclusion conclusions examination histology histopathology pathology cytology staging imaging radiology cxr ray xr ct ctpa cta mri mra us uss ultrasound echo echocardiogram tte ecg',
  },
  {
    re: /\b(summary|clinical summary|discharge summary|clinical details|clinical notes?|assessment|comments?|notes?|narrative|progress( notes?)?|(hospital|clinical|inpatient|ward) course|overnight|events|ward round|interval history|update)\b/,
    kind: 'free-text',
    keys: 'summary details note notes assessment comment comments narrative progress course overnight events round interval update',
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
  'surgical side';

// Item-level labels that qualify an item rather than name a section ("Primary", "2.", "Active").
// Phases of care group a list's items without naming a section ("Antenatal", "Intrapartum /
// postnatal", "Pre-operative").
const PHASE =
  '(antenatal|intrapartum|postnatal|postpartum|peripartum|perinatal|pre ?operative|post ?operative|intra ?operative|peri ?operative|pre ?op|post ?op|on admission|during admission|this admission|inpatient|outpatient)';
export const TYPE_LABEL = new RegExp(
  `^((primary|secondary|principal|main|other|additional|subsidiary|active|inactive|current|past|chronic|acute|significant|minor|major|resolved|confirmed|provisional|working|final|\\d{1,2}|[ivx]{1,4}|[a-z])|${PHASE}( (and|or)? ?${PHASE})*)$`,
);

// Every word of more than four characters a match of TYPE_LABEL (anchored) can start with; shorter
// words ("2", "iv", "b", "pre") are always let through.
const TYPE_FIRST =
  'primary secondary principal other additional subsidiary active inactive current chronic acute significant minor major resolved confirmed provisional working final antenatal intrapartum postnatal postpartum peripartum perinatal preoperative postoperative intra intraoperative perioperative preop postop during inpatient outpatient';

/** `s` split at each one-character `sep` (without `String.prototype.split`); [] for ''. */
function splitOn(s: string, sep: string): string[] {
  const out: string[] = [];
  if (s === '') return out;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === sep) {
      out[out.length] = sSlice(s, from, i);
      from = i + 1;
    }
  }
  out[out.length] = sSlice(s, from);
  return out;
}

/** The words of folded text (single spaces between words, none at the ends); [] for ''. */
export function foldedWords(t: string): string[] {
  return splitOn(t, ' ');
}

let adminWordings: Set<string> | undefined;
let typeFirst: Set<string> | undefined;
let qualifierWords: Set<string> | undefined;

function setOf(items: string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i < items.length; i++) set.add(items[i]!);
  return set;
}

/**
 * For rules with key words: a function from a text's words to a number with bit i set when the text
 * holds one of `rules[i]`'s keys (unset: `rules[i]` cannot match it). The table is built on first use.
 */
export function keyedBy(rules: readonly { keys: string }[]): (words: string[]) => number {
  let bits: Map<string, number> | undefined;
  return (words) => {
    if (!bits) {
      bits = new Map();
      for (let r = 0; r < rules.length; r++) {
        const keys = foldedWords(rules[r]!.keys);
        for (let i = 0; i < keys.length; i++) bits.set(keys[i]!, (bits.get(keys[i]!) ?? 0) | (1 << r));
      }
    }
    let out = 0;
    for (let i = 0; i < words.length; i++) out |= bits.get(words[i]!) ?? 0;
    return out;
  };
}

/** Bit i set: RULES[i] may match text with these words (unset: it cannot). */
export const candidateRules = keyedBy(RULES);

// Words that may surround a heading's core wording in a bare line ("Secondary diagnoses", "Procedures
// performed"); anything else means the line is content that merely mentions the word.
const QUALIFIERS =
  'primary secondary principal working final discharge provisional differential main other additional active current relevant significant known list of on and the performed carried out undertaken today this admission episode';

/**
 * Folded text without its qualifier words: `collapse(t.replace(/\b(primary|secondary|principal|
 * working|final|discharge|provisional|differential|main|other|additional|active|current|relevant|
 * significant|known|list|of|on|and|the|performed|carried|out|undertaken|today|this|admission|
 * episode)\b/g, ' '))` for `words` of `t`. Each alternative is one word between word edges, so the
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

/** False when TYPE_LABEL cannot match the folded text these are the words of. */
export function mayBeTypeLabel(words: string[]): boolean {
  typeFirst ??= setOf(foldedWords(TYPE_FIRST));
  return words.length > 0 && (words[0]!.length <= 4 || typeFirst.has(words[0]!));
}
