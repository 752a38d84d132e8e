/**
 * Clinical text analysis results: mentions with their status, kind and laterality. Pure types; any
 * context (content script, background, extension pages, command-line tools).
 */
import type { SectionKind } from '@/lib/extract/types';

/** ConText/NegEx-style assertion status of a mention. */
export type MentionStatus = 'affirmed' | 'negated' | 'uncertain' | 'history' | 'family';
export type MentionKind = 'diagnosis' | 'procedure';
export type MentionLaterality = 'left' | 'right' | 'bilateral';

export interface Mention {
  /** The mention's core text, cues and trailing qualifiers removed ("acute kidney injury stage 1"). */
  text: string;
  /** The text as written in the item, for display and for highlighting on the page. */
  original: string;
  kind: MentionKind;
  status: MentionStatus;
  laterality?: MentionLaterality;
  section: SectionKind;
  /** The words that set the status or laterality ("no evidence of", "?", "resolved", "both"). */
  cues: string[];
  /** Qualifiers split off the mention (" - resolved", "(2019)"), kept for display. */
  qualifiers: string[];
  /** Abbreviation expansions applied in context ("PE" -> "pulmonary embolism"). */
  expansions: { abbr: string; expansion: string }[];
  /** Index of the SectionItem it came from, and its character range within that item's text. */
  item: number;
  start: number;
  end: number;
}
