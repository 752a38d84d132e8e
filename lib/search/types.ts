/**
 * Search contracts shared by the side panel, the background and the command-line tools. Pure types.
 */
import type { CodeEntry, CodeKind, System, TermSource } from '@/lib/classification/model';

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
  /** The code's flags and limits, exactly as the release gives them. */
  flags: Pick<
    CodeEntry,
    'asterisk' | 'dagger' | 'partners' | 'secondaryOnly' | 'laterality' | 'sex' | 'minAge' | 'maxAge'
  >;
  usage?: number;
  score: number;
}
