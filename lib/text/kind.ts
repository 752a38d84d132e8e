/**
 * Diagnosis or procedure: from the section kind and lexical cues (-ectomy, "repair", "ORIF" ...).
 * Pure; any context.
 */
import type { SectionKind } from '@/lib/extract/types';
import type { MentionKind } from './types';
import { hasClinicalWord } from './vocab';
import { asciiLower, foldCase, suffixes, wordBoundedWords } from './words';

// `\p{L}{2,}(?:ectomy|...|ograms?)\b` (flags `iu`) and `\b(?:repair|...|lap\.?(?= )|...)\b` (flag `i`),
// looked up word by word (words.ts): large regexes cost a cold content script milliseconds to compile.
const PROCEDURE_SUFFIX = suffixes(
  [
    'ectom(y|ies)',
    'otom(y|ies)',
    'ostomy',
    'stomy',
    'oscop(y|ies)',
    'plast(y|ies)',
    'pexy',
    'rrhaphy',
    'desis',
    'tripsy',
    'centesis',
    'graphy',
    'ogram(s)',
  ],
  2,
  'word',
);
const PROCEDURE_WORD = wordBoundedWords([
  'repair',
  'replacement',
  'insertion',
  'inserted',
  'excision',
  'excised',
  'biops(y|ies)',
  'removal',
  'removed',
  'reduction',
  'fixation',
  'resection',
  'amputation',
  'transplant(ation)',
  'bypass',
  'graft(ing)',
  'stent(ing)',
  'ablation',
  'drainage',
  'drained',
  'injection',
  'debridement',
  'manipulation',
  'washout',
  'closure',
  'anastomosis',
  'ligation',
  'decompression',
  'cardioversion',
  'transfusion',
  'intubation',
  'circumcision',
  'dialysis',
  'chemotherapy',
  'radiotherapy',
  'emboli(s|z)ation',
  'catheteri(s|z)ation',
  'cannulation',
  'aspiration',
  'laparoscopic',
  'laparoscopy',
  'arthroscopic',
  'endoscopic',
  'percutaneous',
  'caesarean section',
  'c-section',
  'cesarean section',
  'operation',
  'surgery',
  'procedure',
]);
// "lap. chole" does not match: the regex's `\b` after "lap." fails before a space.
const LAP = /\blap(?= )/i;
const PROCEDURE_ABBR =
  /(?<![\p{L}\p{N}])(?:ORIF|MUA|EUA|THR|TKR|THA|TKA|OGD|ERCP|PCI|PTCA|CABG|LSCS|TURP|TURBT|EVAR|TAVI|TAVR|AVR|MVR|PEG|PICC|DCCV|I&D|D&C|ECT|TOE|TTE|EBUS|MRCP|EGD|TAH|BSO|LLETZ|PPM|ICD insertion|ECV|NIV|CPAP|BiPAP|BIPAP|IPPV|HFNO|HFNC|RRT|CVVHD?F?|PEG|RIG|NGT|LP|OGD|PTC|TACE|RFA|SAD|ACDF|TKA|UKR|HTO)(?![\p{L}\p{N}])/u;
// A procedure word after one of these names a complication or state, so the mention is a diagnosis.
const COMPLICATION_OF =
  /\b(?:following|after|post|complicat\w*|failed|failure of|infection of|infected|leak(?:age)? (?:of|from)|dislocation of|loosening of|stenosis of|blocked|occluded|awaiting|for)\b/i;
// The diagnosis-like heads that, before a procedure word, make the phrase a condition.
const DIAGNOSIS_HEAD = wordBoundedWords([
  'infection',
  'abscess',
  'leak',
  'ha(e)matoma',
  'dislocation',
  'fracture',
  'bleed',
  'ha(e)morrhage',
  'sepsis',
  'pain',
  'failure',
  'stenosis',
  'occlusion',
  'thrombosis',
]);

// "Obstructive sleep apnoea on CPAP", "CKD on dialysis": a condition with its treatment is the
// condition. "Aspiration pneumonia" is a pneumonia, not an aspiration.
const ON_TREATMENT = /^(.+?)\s+(?:on|requiring|needing)\s+(.+)$/i;
function isConditionOnTreatment(text: string): boolean {
  if (/\baspiration pneumon/i.test(text)) return true;
  const m = ON_TREATMENT.exec(text);
  return m !== null && hasClinicalWord(m[1]!) && !hasProcedureCue(m[1]!) && hasProcedureCue(m[2]!);
}

/** True when the text names a procedure (an operation, an endoscopy, an intervention). */
export function hasProcedureCue(text: string): boolean {
  return (
    PROCEDURE_SUFFIX(foldCase(text)) ||
    PROCEDURE_WORD(asciiLower(text)) ||
    LAP.test(text) ||
    PROCEDURE_ABBR.test(text)
  );
}

/**
 * The mention's kind. In a procedures section everything is a procedure unless it names a
 * complication; elsewhere a procedure cue makes it one, unless a complication or condition word comes
 * first ("wound infection following appendicectomy" is a diagnosis).
 */
export function mentionKind(text: string, section: SectionKind): MentionKind {
  if (isConditionOnTreatment(text)) return 'diagnosis';
  const cue = hasProcedureCue(text);
  const m = COMPLICATION_OF.exec(text);
  const complication = m !== null && hasProcedureCue(text.slice(m.index)) && m.index > 0;
  const conditionFirst = complication && DIAGNOSIS_HEAD(asciiLower(text));
  if (section === 'procedures') return conditionFirst ? 'diagnosis' : 'procedure';
  if (!cue) return 'diagnosis';
  return complication || conditionFirst ? 'diagnosis' : 'procedure';
}
