/**
 * Reads a clause's qualifiers: a status that concludes about the head ("- resolved", "PE excluded",
 * "(father)"), a separate negated or uncertain finding ("- ACS ruled out"), or plain display text
 * ("diet controlled", "2019"). Pure; any context.
 */
import { findCues, type Cue } from './cues';
import { cleanMentionText } from './clean';
import { isInvestigation } from './nonmention';
import type { Qualifier, Span } from './split';
import { hasClinicalWord } from './vocab';

// Investigations: "CTPA negative" is a test result, not a separate condition.
const INVESTIGATION =
  /^(?:ct\w*|cxr|x-?ray|mri|mrcp|us|uss|ultrasound|echo\w*|ecg|ekg|bloods?|cultures?|blood cultures?|troponins?|trop|d-?dimer|swabs?|tests?|screen|scan|imaging|biopsy|histology|urine\w*|msu|lp|csf|ogd|colonoscopy|angiogram)$/i;

/** What the qualifiers of one clause say. */
export interface QualifierReading {
  /** Status cues that apply to the head's mentions (a conclusion wins over the head's own cues). */
  cues: Cue[];
  /** Qualifier texts for display, with where each starts in the item. */
  texts: { text: string; start: number }[];
  /** Findings inside qualifiers that are mentions of their own, with their cues. */
  extra: { span: Span; cues: Cue[] }[];
}

const STATUS = new Set(['negated', 'uncertain', 'history', 'family', 'resolved']);

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Reads `qualifiers` of a clause whose head mentions read `heads` (raw texts). */
export function readQualifiers(
  text: string,
  masked: string,
  qualifiers: Qualifier[],
  heads: string[],
): QualifierReading {
  const out: QualifierReading = { cues: [], texts: [], extra: [] };
  const headNorms = heads.map(norm).filter(Boolean);
  for (const q of qualifiers) {
    const source = q.bracket ? text : masked;
    let at = q.start;
    let keep = false;
    const parts: Span[] = [];
    for (const m of source.slice(q.start, q.end).matchAll(/,/g)) {
      parts.push({ start: at, end: q.start + m.index });
      at = q.start + m.index + 1;
    }
    parts.push({ start: at, end: q.end });
    for (const part of parts) {
      const cues = findCues(source, part.start, part.end).filter((c) => STATUS.has(c.type));
      if (cues.length === 0) {
        keep = true;
        continue;
      }
      let subject = source.slice(part.start, part.end);
      for (const c of cues)
        subject =
          subject.slice(0, c.start - part.start) +
          ' '.repeat(c.end - c.start) +
          subject.slice(c.end - part.start);
      const cleaned = norm(cleanMentionText(subject).text);
      const aboutHead = cleaned === '' || headNorms.some((h) => h.includes(cleaned) || cleaned.includes(h));
      if (aboutHead) {
        out.cues.push(...cues);
        keep = true;
      } else if (INVESTIGATION.test(cleaned) || isInvestigation(cleaned)) {
        keep = true;
      } else if (cues.some((c) => c.dir === 'post') && !hasClinicalWord(subject)) {
        // A cue that looks back, beside words naming nothing ("- declined by patient", "- not done
        // today"), concludes about the head.
        out.cues.push(...cues);
        keep = true;
      } else if (cues.some((c) => c.type === 'negated' || c.type === 'uncertain')) {
        out.extra.push({ span: part, cues });
      } else keep = true;
    }
    if (keep)
      out.texts.push({ text: source.slice(q.start, q.end).replace(/\s+/g, ' ').trim(), start: q.start });
  }
  return out;
}
