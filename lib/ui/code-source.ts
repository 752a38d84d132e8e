/**
 * What the side panel needs from the classification store and search, as one small interface, so the
 * components can be tested with a tiny synthetic source and wired to the real index in the panel.
 * Pure types; any context.
 */
import type { CodeEntry, System, TermEntry } from '@/lib/classification/model';
import type { PathNode, SearchOptions, SearchResult } from '@/lib/search/types';

export interface CodeSource {
  /** Synchronous: the index is in memory and a search takes milliseconds. */
  search(query: string, opts?: SearchOptions): SearchResult[];
  getEntry(system: System, code: string): CodeEntry | undefined;
  /** `null` lists the chapters. */
  childrenOf(system: System, parent: string | null): CodeEntry[];
  /** Ancestors of a code, chapter first, not including the code itself. */
  pathOf(system: System, code: string): PathNode[];
  /** Synonyms, index terms and abbreviations (read from the store on demand). */
  getTerms(system: System, code: string): Promise<TermEntry[]>;
}

/** Seeding progress as the panel shows it (structurally the store's `SeedProgress`). */
export interface PanelProgress {
  phase: 'idle' | 'loading' | 'codes' | 'terms' | 'index' | 'ready' | 'failed';
  done: number;
  total: number;
  message?: string;
}
