/**
 * Section headings and labels → section kinds. Pure; any context.
 *
 * Headings are matched after folding case and punctuation, in many wordings ("Secondary diagnoses",
 * "PMH", "Co-morbidities", "Procedure(s) performed"). Order matters: "family history" before
 * "history", "medication history" (ignored) before "history", "investigations and procedures" before
 * "investigations".
 */
import type { SectionKind } from './types';
import { collapse, lower, reExec, reTest, sReplace } from './safe-dom';

/** What a heading says about the content under it: a kind, content to skip, or nothing known. */
export type HeadingClass = SectionKind | 'ignore' | null;

const RULES: [RegExp, SectionKind | 'ignore'][] = [
  [/\b(family (medical )?history|fh|fhx|family hx)\b/, 'family-history'],
  [
    /\b(medications?|medicines?|drugs?|drug history|prescriptions?|allerg(y|ies)|adverse reactions?|alerts?|warnings?|patient (details|banner|information)|demographics|contacts?|next of kin|address|gp details|navigation|menu|social history|sh|plan|management plan|follow ?up|actions?|tto|ttos?|discharge medications?|observations|vital signs|obs|information given|referrals?)\b/,
    'ignore',
  ],
  [/\b(investigations? and procedures?|procedures? and investigations?)\b/, 'procedures'],
  [/\b(co ?morbidit(y|ies)|comorbs?|co ?existing conditions?)\b/, 'comorbidities'],
  [
    /\b(past (medical |surgical )?history|pmh|pmhx|psh|medical history|surgical history|previous (medical )?history|background|past problems?|inactive problems?|resolved problems?|hx)\b/,
    'history',
  ],
  [
    /\b(diagnos[ie]s|dx|ddx|problems?( list)?|active problems?|conditions?|main condition|problems and issues)\b/,
    'diagnoses',
  ],
  [
    /\b(procedures?|operations?|operative procedures?|surgery|surgical procedures?|interventions?|treatments? given|opcs)\b/,
    'procedures',
  ],
  [/\b(findings?|impression|clinical impression|investigations?|results?|conclusions?|imp)\b/, 'findings'],
  [
    /\b(summary|clinical summary|discharge summary|clinical details|clinical notes?|assessment|comments?|notes?|narrative|progress notes?|hospital course)\b/,
    'free-text',
  ],
];

// Item-level labels that qualify an item rather than name a section ("Primary", "2.", "Active").
const TYPE_LABEL =
  /^(primary|secondary|principal|main|other|additional|subsidiary|active|inactive|current|past|chronic|acute|significant|minor|major|resolved|confirmed|provisional|working|final|\d{1,2}|[ivx]{1,4}|[a-z])$/;

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

/** True for labels that qualify an item ("Primary", "Secondary", "1") rather than name a section. */
export function isTypeLabel(text: string): boolean {
  return reTest(TYPE_LABEL, foldHeading(text));
}
