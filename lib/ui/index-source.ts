/**
 * Adapts the in-memory search index (and the store's term lookup) to the panel's `CodeSource`.
 * Pure; any context: the terms reader is passed in, so this module never opens the database.
 */
import type { System, TermEntry } from '@/lib/classification/model';
import { childrenOf, getEntry, pathOf, search, type SearchIndex } from '@/lib/search/index';
import type { CodeSource } from './code-source';

export function createIndexSource(
  index: SearchIndex,
  getTerms: (system: System, code: string) => Promise<TermEntry[]>,
): CodeSource {
  return {
    search: (query, opts) => search(index, query, opts),
    getEntry: (system, code) => getEntry(index, system, code),
    childrenOf: (system, parent) => childrenOf(index, system, parent),
    pathOf: (system, code) => pathOf(index, system, code),
    getTerms,
  };
}
