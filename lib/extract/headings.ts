/**
 * Section headings and labels → section kinds. Pure; any context.
 *
 * Headings are matched after folding case and punctuation, in many wordings ("Secondary diagnoses",
 * "PMH", "Co-morbidities", "Procedure(s) performed"). Order matters: "family history" before
 * "history", "medication history" (ignored) before "history", "investigations and procedures" before
 * "investigations".
 */
import { findRule, foldedWords, isAdminWording, RULES, withoutQualifiers } from './heading-rules';
import { findPhrase, phraseTable, type PhraseTable } from './phrases';
import { isTypeWording } from './type-label';
import { collapse, lower, reExec, reTest, sIndexOf, sReplace, sSplit } from './safe-dom';
import type { SectionKind } from './types';

/** What a heading says about the content under it: a kind, content to skip, or nothing known. */
export type HeadingClass = SectionKind | 'ignore' | null;

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
  const soap = SOAP[t];
  if (soap !== undefined) return soap;
  const words = withoutSpecialties(foldedWords(t));
  if (words.length > 8) return null;
  // "Date of operation", "Operation side": administrative fields, whatever words they share.
  if (isAdminWording(t)) return null;
  for (let i = 0; i < RULES.length; i++) {
    if (findRule(i, words) === 0) continue;
    // "Previous ocular surgery", "Past operations": the patient's history, of procedures.
    if (RULES[i]!.kind === 'procedures' && PAST_WORDS.has(words[0]!)) return 'history';
    return RULES[i]!.kind;
  }
  return null;
}
const PAST_WORDS = new Set(['previous', 'past', 'prior']);

// A ward round's SOAP labels: S (what the patient says) is narrative, O (examination and results)
// findings, A (assessment: the list of problems) diagnoses, P (plan) is skipped.
const SOAP: Record<string, HeadingClass> = {
  s: 'free-text',
  subjective: 'free-text',
  o: 'findings',
  objective: 'findings',
  a: 'diagnoses',
  p: 'ignore',
};

// "Discharge Summary - General Surgery", "Trauma and Orthopaedic Surgery": a specialty, not a list of
// operations. "Surgery" alone (or "Day surgery") still heads procedures.
const SURGICAL_SPECIALTIES = new Set(
  (
    'general orthopaedic orthopedic orthopaedics trauma vascular plastic cardiac cardiothoracic thoracic ' +
    'colorectal breast paediatric pediatric neuro spinal hepatobiliary hpb gi maxillofacial oral ent ' +
    'urological gynaecological bariatric endocrine transplant'
  ).split(' '),
);

function withoutSpecialties(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'surgery' && i > 0 && SURGICAL_SPECIALTIES.has(words[i - 1]!)) {
      out.length = out.length - 1; // the specialty word before it goes too
      continue;
    }
    out[out.length] = w;
  }
  return out;
}

/**
 * Strict classification for a bare line with no label markup or colon: once qualifier words are
 * removed, the heading wording must be all that is left ("Condition number 4" is content).
 */
export function classifyBareLine(text: string): HeadingClass {
  // "Procedure 1", "Diagnosis 2": a numbered field names its kind like the bare wording.
  const t = sReplace(foldHeading(text), / \d{1,2}$/, '');
  if (!t || t.length > 60 || reTest(/\d/, t)) return null;
  const core = withoutQualifiers(foldedWords(t));
  if (!core) return null;
  const words = foldedWords(core);
  for (let i = 0; i < RULES.length; i++) {
    // The first rule found anywhere decides: its match must be the whole core.
    const found = findRule(i, words);
    if (found !== 0) return found === 1 ? RULES[i]!.kind : null;
  }
  return null;
}

// Headings whose wording qualifies every item under them: "Differential" items are uncertain,
// "Excluded" ones negated. lib/text reads the item label. Word tables (phrases.ts) for the regexes
// `\b(differentials?|ddx|to be assessed|provisional|suspected)\b` and `\b(excluded|ruled out)\b`.
const ITEM_QUALIFIERS: { phrases: string[]; label: string }[] = [
  {
    phrases: ['differential(s)', 'ddx', 'to be assessed', 'provisional', 'suspected'],
    label: 'Differential',
  },
  { phrases: ['excluded', 'ruled out'], label: 'Excluded' },
];
const itemTables: PhraseTable[] = [];

/** The label a heading gives each item under it ("Differential / to be assessed" → "Differential"). */
export function headingItemLabel(text: string): string | null {
  const words = foldedWords(foldHeading(text));
  for (let i = 0; i < ITEM_QUALIFIERS.length; i++) {
    const q = ITEM_QUALIFIERS[i]!;
    const table = (itemTables[i] ??= phraseTable(q.phrases));
    if (findPhrase(table, words) !== 0) return q.label;
  }
  return null;
}

/** True for a label whose value is administrative ("Admitted", "Consultant", "Weight", "Apgar"). */
export function isAdminLabel(text: string): boolean {
  const t = foldHeading(text);
  return isAdminWording(t);
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
  const t = foldHeading(text);
  return isTypeWording(t);
}
