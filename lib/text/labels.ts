/**
 * Labels in front of text ("PMH:", "Dx -", "Father:") and the section kind they stand for, so a
 * free-text letter's "FH: ..." line reads like a family history section. Pure; any context.
 */
import type { SectionKind } from '@/lib/extract/types';

const LABEL =
  /^(?:(?:primary|secondary|principal|main|final|working|provisional|discharge|admission|presenting|other|additional|active|current|relevant|significant|past|previous|chronic|new)\s+)*(?:diagnos[ie]s|dx|impression|problems?(?: list)?|issues?|conditions?|(?:presenting )?complaint|pc|co-?morbidit(?:y|ies)|background|pmh[x]?|(?:past )?(?:medical|surgical) history|psh|history|hx|fh[x]?|family history|procedures?(?: performed)?|operations?(?: performed)?|op|surgery|interventions?|findings|indications?|summary|outcome|ddx|differentials?(?: diagnos[ie]s)?)$/i;

/** True when `text` is only a label, so the text after its colon or dash is the content. */
export function isLabel(text: string): boolean {
  return LABEL.test(text.trim().replace(/[.:\s]+$/, ''));
}

/** The section kind a label or heading stands for, when it names one. */
export function sectionForLabel(label: string | undefined): SectionKind | undefined {
  if (!label) return undefined;
  const l = label.toLowerCase();
  if (/\bfh[x]?\b|family/.test(l)) return 'family-history';
  if (/\b(?:pmh[x]?|psh|past|background|previous)\b|\bhistory\b|\bhx\b/.test(l)) return 'history';
  if (/co-?morbid/.test(l)) return 'comorbidities';
  if (/procedure|operation|\bop\b|surgery|intervention/.test(l)) return 'procedures';
  if (/diagnos|\bdx\b|impression|problem/.test(l)) return 'diagnoses';
  return undefined;
}
