/**
 * Laterality of a mention: left, right or bilateral, from words ("left-sided", "both knees"), short
 * forms ("L", "Rt", "(R)", "B/L") and both sides named together. Pure; any context.
 *
 * Unpaired structures named with a side ("left ventricular failure", "right hemicolectomy", "RUQ
 * pain") are anatomy, not laterality: those words are left in the text and set nothing.
 */
import type { MentionLaterality } from './types';

// One side word or short form; "L"/"R" only in capitals, and not after a digit ("2 L fluid").
const SIDE =
  /(?<![\p{L}\p{N}/])(?:(bilateral(?:ly)?|bilat|b\/l|both(?= [a-z]))|(left|lt)|(right|rt)|(?<!\d\s?)(L)|(?<!\d\s?)(R))(?:[- ]sided)?(?![\p{L}\p{N}/])/giu;
// Words after a side word that make it anatomy of an unpaired structure.
const UNPAIRED =
  /^[- ]?(?:sided\s+)?(?:ventric|atri|heart|bundle|main|coronary|hemicolectom|colectom|colon|colic|iliac fossa|upper quadrant|lower quadrant|hypochondri|flank|hemisphere|cerebral|middle cerebral|anterior descending|circumflex|hemiplegi|hemipares|shift|axis|sided weakness)/i;

/** A laterality found in a text, with the ranges of the words that set it (relative to the text). */
export interface LateralityHit {
  laterality: MentionLaterality;
  cues: string[];
  ranges: { start: number; end: number }[];
}

/** Finds the laterality a text states, or undefined. Bilateral wins when both sides are named. */
export function findLaterality(text: string): LateralityHit | undefined {
  let left = false;
  let right = false;
  let both = false;
  const cues: string[] = [];
  const ranges: { start: number; end: number }[] = [];
  for (const m of text.matchAll(SIDE)) {
    const word = m[0];
    // Single capitals only: lower-case "l"/"r" are too often something else.
    if (/^(?:l|r)$/i.test(word) && !/^[LR]$/.test(word)) continue;
    if (UNPAIRED.test(text.slice(m.index + word.length))) continue;
    if (m[1]) both = true;
    else if (m[2] || m[4]) left = true;
    else right = true;
    cues.push(word);
    ranges.push({ start: m.index, end: m.index + word.length });
  }
  if (!left && !right && !both) return undefined;
  const laterality: MentionLaterality = both || (left && right) ? 'bilateral' : left ? 'left' : 'right';
  return { laterality, cues, ranges };
}
