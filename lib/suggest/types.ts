/**
 * Code suggestions for the mentions found in a record. Pure types; any context (content script,
 * background, extension pages, command-line tools).
 */
import type { System } from '@/lib/classification/model';

/**
 * What a suggestion is for: the mention's own code, a personal-history or sequela code, a
 * family-history code, or an OPCS-4 supplementary code (laterality Z94.x, approach Y code).
 */
export type SuggestionRole = 'main' | 'history' | 'family' | 'laterality' | 'approach';

export interface SuggestionFlags {
  /** The mention is uncertain ("?", "possible"): check before coding. */
  uncertain?: boolean;
  /** Never a primary code (OPCS-4 Y/Z supplementary codes, ICD-10 asterisk codes). */
  secondaryOnly?: boolean;
}

export interface Suggestion {
  code: string;
  system: System;
  title: string;
  /** Search score (0–1); derived codes carry their source result's score, slightly reduced. */
  score: number;
  /** A short human sentence saying why ("matched 'lap chole' (UK clinical abbreviation)"). */
  reason: string;
  role: SuggestionRole;
  flags?: SuggestionFlags;
}
