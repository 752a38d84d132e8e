/**
 * Search contracts shared by the side panel, the background and the command-line tools. Pure types.
 */
import type { CodeKind, Laterality, Sex, System, TermSource } from '@/lib/classification/model';

export interface SearchOptions {
  /** Restrict to one classification; both when absent. */
  system?: System;
  /** Maximum results (default 20). */
  limit?: number;
}

/** Why a result matched: the term (title, synonym, abbreviation…) and where it came from. */
export interface MatchReason {
  /** The text that matched (the title itself, or a synonym / abbreviation / index term). */
  text: string;
  source: TermSource | 'code';
  /** Query tokens that needed a spelling variant or fuzzy correction, e.g. "pnuemonia → pneumonia". */
  corrections?: string[];
}

export interface PathNode {
  code: string;
  title: string;
  kind: CodeKind;
}

export interface SearchResult {
  system: System;
  code: string;
  kind: CodeKind;
  title: string;
  /** chapter → block → category, not including the result itself. */
  path: PathNode[];
  matched: MatchReason;
  validForCoding: boolean;
  flags: {
    asterisk?: boolean;
    dagger?: boolean;
    partners?: string[];
    secondaryOnly?: boolean;
    laterality?: Laterality;
    sex?: Sex;
    minAge?: number;
    maxAge?: number;
  };
  usage?: number;
  score: number;
}
