/**
 * Builds one Mention from a span of an item: expansions, laterality, text clean-up, kind and status.
 * Pure; any context.
 */
import type { SectionKind } from '@/lib/extract/types';
import type { Mention } from './types';
import type { Cue } from './cues';
import type { Span } from './split';
import { expandAbbreviations } from './abbreviations';
import { cleanMentionText } from './clean';
import { isChronic } from './chronic';
import { statusFrom } from './context';
import { mentionKind } from './kind';
import { findLaterality } from './laterality';
import { isNonMention } from './nonmention';
import { hasClinicalWord } from './vocab';

// Narrative sections: a phrase is a mention only when it names a condition, symptom or procedure.
const PROSE = new Set<SectionKind>(['free-text', 'findings']);

/** Everything `buildMention` needs about the span and where it sits. */
export interface MentionInput {
  text: string;
  /** The item text with bracketed qualifiers blanked (same length as `text`). */
  masked: string;
  item: number;
  span: Span;
  /** The range to report as the mention's place (the clause when it holds one mention). */
  range: Span;
  section: SectionKind;
  /** The clause text, for abbreviation context. */
  context: string;
  /** Cues reaching the span from the head. */
  cues: Cue[];
  /** Cues from the qualifiers that conclude about the head. */
  qualifierCues: Cue[];
  qualifiers: string[];
}

const CONCLUSIVE = new Set(['negated', 'uncertain']);
const CURRENT_LISTS = new Set<SectionKind>(['diagnoses', 'comorbidities']);
const CAESAREAN = /\b(?:lscs|caesarean|cesarean|c-section|cs)\b/i;

/** Builds the mention, or undefined when nothing is left once cues and filler are removed. */
export function buildMention(input: MentionInput): Mention | undefined {
  let raw = input.masked.slice(input.span.start, input.span.end);
  // Cues inside the span (a qualifier's own "ruled out") are not part of the mention's words.
  for (const c of input.cues) {
    if (c.start >= input.span.start && c.end <= input.span.end) {
      const a = c.start - input.span.start;
      raw = raw.slice(0, a) + ' '.repeat(c.end - c.start) + raw.slice(c.end - input.span.start);
    }
  }
  const lateralitySource = [raw, ...input.qualifiers].join(' ; ');
  const side = findLaterality(lateralitySource);
  let core = raw;
  for (const r of side?.ranges ?? []) {
    if (r.end <= raw.length) core = core.slice(0, r.start) + ' '.repeat(r.end - r.start) + core.slice(r.end);
  }
  // "left and right eye": the conjunction between two removed side words goes too.
  core = core.replace(/\s{2,}(?:and|&|or|\/)\s{2,}/gi, ' ');
  const expanded = expandAbbreviations(core, input.context, input.section);
  const cleaned = cleanMentionText(expanded.text);
  if (cleaned.text === '' || !/\p{L}{2}/u.test(cleaned.text)) return undefined;
  if (isNonMention(cleaned.text, input.section)) return undefined;
  if (PROSE.has(input.section) && !hasClinicalWord(cleaned.text)) return undefined;
  // A conclusion in a qualifier ("- PE excluded", "- query") replaces the head's own status cues.
  const conclusive = input.qualifierCues.some((c) => CONCLUSIVE.has(c.type));
  const cues = conclusive ? input.qualifierCues : [...input.cues, ...input.qualifierCues];
  // Whether the condition is chronic only matters to a history cue (context.ts).
  const chronic = cues.some((c) => c.type === 'history') && isChronic(cleaned.text);
  const status = statusFrom(cues, input.section, chronic);
  // A previous caesarean listed among a pregnancy's diagnoses is the uterine scar (O34.2), not the
  // operation.
  const scar = status === 'history' && CURRENT_LISTS.has(input.section) && CAESAREAN.test(cleaned.text);
  return {
    text: cleaned.text,
    original: input.text.slice(input.range.start, input.range.end),
    kind: scar ? 'diagnosis' : mentionKind(cleaned.text, input.section),
    status,
    ...(side ? { laterality: side.laterality } : {}),
    section: input.section,
    cues: [...cues.map((c) => c.text), ...(side?.cues ?? [])],
    qualifiers: [...input.qualifiers, ...cleaned.qualifiers],
    expansions: expanded.expansions,
    item: input.item,
    start: input.range.start,
    end: input.range.end,
  };
}
