/**
 * Section headings and labels → section kinds. Pure; any context.
 *
 * Headings are matched after folding case and punctuation, in many wordings ("Secondary diagnoses",
 * "PMH", "Co-morbidities", "Procedure(s) performed"). Order matters: "family history" before
 * "history", "medication history" (ignored) before "history", "investigations and procedures" before
 * "investigations".
 */
import type { SectionKind } from './types';
import { collapse, lower, reExec, reTest, sIndexOf, sReplace, sSplit } from './safe-dom';

/** What a heading says about the content under it: a kind, content to skip, or nothing known. */
export type HeadingClass = SectionKind | 'ignore' | null;

const RULES: [RegExp, SectionKind | 'ignore'][] = [
  [/\b(family ([a-z]+ )?history|fh|fhx|family hx)\b/, 'family-history'],
  // Before "history": the history of this illness is the episode's free text, not past history.
  [/\b(history of (the )?present(ing)? (complaint|illness)|hpc|hpi)\b/, 'free-text'],
  // "Medicine" after another word is a specialty ("Renal Medicine"), not a list of drugs.
  [
    /\b(medications?|medicines|(?<![a-z] )medicine|(discharge|regular|current|new|usual|home) medicine|drugs?|drug history|prescriptions?|allerg(y|ies)|adverse reactions?|alerts?|warnings?|analgesia( given)?|nursing handover|handover|fluid balance|risk (summary|assessment|management)|risks? (to|from) (self|others|children)|((post ?op(erative)?|discharge|patient|nursing|wound care) )?instructions|patient (details|banner|information)|demographics|contacts?|next of kin|address|gp details|navigation|menu|social history|sh|plan|management plan|follow ?up|actions?|tto|ttos?|discharge medications?|observations|vital signs|obs|information given|referrals?|meds( changes)?|jobs( for .*)?|to do|baby( \d+| details| summary)?|key worker)\b/,
    'ignore',
  ],
  [/\b(investigations? and procedures?|procedures? and investigations?)\b/, 'procedures'],
  [/\b(co ?morbid(it(y|ies))?|comorbs?|co ?existing conditions?)\b/, 'comorbidities'],
  [
    /\b((past|previous) ([a-z]+ )?history|pmh|pmhx|psh|(medical|surgical|psychiatric|birth|obstetric|perinatal|neonatal|developmental) history|background|past problems?|inactive problems?|resolved problems?|hx)\b/,
    'history',
  ],
  [
    /\b(diagnos[ie]s|dx|ddx|differentials?|excluded|ruled out|problems?( list)?|active problems?|conditions?|main condition|problems and issues|indications?|outcome of (delivery|birth|labour)|birth outcome|(clinical |working |overall )?impression|imp)\b/,
    'diagnoses',
  ],
  [
    /\b(procedures?|operations?|operative procedures?|mode of (delivery|birth)|surgery|surgical procedures?|interventions?|treatments? given|opcs)\b/,
    'procedures',
  ],
  // Investigations by name ("CXR (portable)", "CT thorax", "Histology") head their findings.
  [
    /\b(findings?|investigations?|results?|conclusions?|examination|on examination|histology|histopathology|pathology|cytology|staging|imaging|radiology)\b|^(cxr|chest x ray|x ray|xr|ct|ctpa|cta|mri|mra|uss?|ultrasound|echo|echocardiogram|tte|ecg)( [a-z0-9]+){0,8}$/,
    'findings',
  ],
  [
    /\b(summary|clinical summary|discharge summary|clinical details|clinical notes?|assessment|comments?|notes?|narrative|progress( notes?)?|(hospital|clinical|inpatient|ward) course|overnight|events|ward round|interval history|update)\b/,
    'free-text',
  ],
];

// Item-level labels that qualify an item rather than name a section ("Primary", "2.", "Active").
// Phases of care group a list's items without naming a section ("Antenatal", "Intrapartum /
// postnatal", "Pre-operative").
const PHASE =
  '(antenatal|intrapartum|postnatal|postpartum|peripartum|perinatal|pre ?operative|post ?operative|intra ?operative|peri ?operative|pre ?op|post ?op|on admission|during admission|this admission|inpatient|outpatient)';
const TYPE_LABEL = new RegExp(
  `^((primary|secondary|principal|main|other|additional|subsidiary|active|inactive|current|past|chronic|acute|significant|minor|major|resolved|confirmed|provisional|working|final|\\d{1,2}|[ivx]{1,4}|[a-z])|${PHASE}( (and|or)? ?${PHASE})*)$`,
);

/** Folds a heading: lower case, punctuation and brackets to spaces, "(s)" plurals kept readable. */
export function foldHeading(text: string): string {
  let t = lower(text);
  t = sReplace(t, /\(s\)/g, 's');
  t = sReplace(t, /[^a-z0-9]+/g, ' ');
  return collapse(t);
}

/**
 * Classifies a heading or label. Long text is not a heading (a sentence that happens to contain
 * "diagnosis" must not start a section), so anything past eight words is `null`.
 */
export function classifyHeading(text: string): HeadingClass {
  const t = foldHeading(text);
  if (!t || t.length > 80) return null;
  let words = 1;
  for (let i = 0; i < t.length; i++) if (t[i] === ' ') words++;
  if (words > 8) return null;
  // "Date of operation", "Operation side": administrative fields, whatever words they share.
  if (reTest(ADMIN_LABEL, t)) return null;
  for (let i = 0; i < RULES.length; i++) {
    const rule = RULES[i]!;
    if (reTest(rule[0], t)) return rule[1];
  }
  return null;
}

// Words that may surround a heading's core wording in a bare line ("Secondary diagnoses", "Procedures
// performed"); anything else means the line is content that merely mentions the word.
const QUALIFIERS =
  /\b(primary|secondary|principal|working|final|discharge|provisional|differential|main|other|additional|active|current|relevant|significant|known|list|of|on|and|the|performed|carried|out|undertaken|today|this|admission|episode)\b/g;

/**
 * Strict classification for a bare line with no label markup or colon: once qualifier words are
 * removed, the heading wording must be all that is left ("Condition number 4" is content).
 */
export function classifyBareLine(text: string): HeadingClass {
  const t = foldHeading(text);
  if (!t || t.length > 60 || reTest(/\d/, t)) return null;
  const core = collapse(sReplace(t, QUALIFIERS, ' '));
  if (!core) return null;
  for (let i = 0; i < RULES.length; i++) {
    const rule = RULES[i]!;
    const m = reExec(rule[0], core);
    if (m) return m[0] === core ? rule[1] : null;
  }
  return null;
}

// Headings whose wording qualifies every item under them: "Differential" items are uncertain,
// "Excluded" ones negated. lib/text reads the item label.
const ITEM_QUALIFIERS: [RegExp, string][] = [
  [/\b(differentials?|ddx|to be assessed|provisional|suspected)\b/, 'Differential'],
  [/\b(excluded|ruled out)\b/, 'Excluded'],
];

/** The label a heading gives each item under it ("Differential / to be assessed" → "Differential"). */
export function headingItemLabel(text: string): string | null {
  const t = foldHeading(text);
  for (let i = 0; i < ITEM_QUALIFIERS.length; i++) {
    const q = ITEM_QUALIFIERS[i]!;
    if (reTest(q[0], t)) return q[1];
  }
  return null;
}

// Labels of administrative fields: who, where, when, measurements. Their values are never coded.
const ADMIN_LABEL =
  /^(admitted( on| by| under)?|admission( date| time)?|date( and time)? of (admission|discharge|birth|operation|procedure)|discharged( on)?|discharge (date|time|destination)|consultant|responsible (clinician|consultant)|clinicians?|doctor|named nurse|nurse|gp|registered gp|ward|bed|location|room|cubicle|bay|specialty|speciality|team|mrn|hospital (no|number)|nhs (no|number)|dob|age|sex|gender|sex weight|weight|height|bmi|arrival( time| date| mode)?|mode of arrival|triage( category| time)?|time|date|dates|midwife|obstetrician|surgeon|surgeons|assistant|anaesthetist|anaesthesia|anaesthetic|scrub nurse|gestation|apgar( score)?|observations|obs|fluid balance|handover|nursing handover|estimated blood loss|ebl|blood loss|feeding|entered by|recorded by|author|signed( by)?|reviewed by|seen by|referred by|referrer|duration|disposal|mha status|legal status|care coordinator|key worker|next of kin|nok|ed no|slot|patient|patient name|name|address|phone|telephone|episode|encounter|visit|side|laterality|(operation|operative|procedure|surgical) side)$/;

/** True for a label whose value is administrative ("Admitted", "Consultant", "Weight", "Apgar"). */
export function isAdminLabel(text: string): boolean {
  return reTest(ADMIN_LABEL, foldHeading(text));
}

// A part of a banner-like line: an organisation, a dated event, or a "Label: value" admin field.
const ADMIN_PART =
  /^((.* )?(nhs|foundation|trust|hospitals?|health board|infirmary|medical cent(re|er)|clinic|surgery)( \(.*\))?|(.* )?\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?( \d{1,2}:\d{2})?|(dr|mr|mrs|ms|miss|prof) .*)$/i;
const PART_SEPARATOR = /\s+[·|•]\s+/;

/**
 * True for a line made of several administrative parts joined by "·" or "|", every one of them an
 * organisation, a dated event or an administrative field ("Riverside NHS Trust · Admitted 02/02/2026").
 */
export function isAdminLine(text: string): boolean {
  // Without a separator character there is one part (checked first: most lines have none).
  if (sIndexOf(text, '·') < 0 && sIndexOf(text, '|') < 0 && sIndexOf(text, '•') < 0) return false;
  const parts = sSplit(text, PART_SEPARATOR);
  if (parts.length < 2) return false;
  for (let i = 0; i < parts.length; i++) {
    const part = collapse(parts[i]!);
    const colon = reExec(/^([^:]{1,40}):/, part);
    if (colon && isAdminLabel(colon[1]!)) continue;
    const first = reExec(/^[A-Za-z]+/, part);
    if (first && isAdminLabel(first[0])) continue;
    if (!reTest(ADMIN_PART, part)) return false;
  }
  return true;
}

/** True for labels that qualify an item ("Primary", "Secondary", "1") rather than name a section. */
export function isTypeLabel(text: string): boolean {
  return reTest(TYPE_LABEL, foldHeading(text));
}
