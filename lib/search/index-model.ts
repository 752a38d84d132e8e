/**
 * In-memory and serialised shapes of the search index. Pure types and small helpers; any context.
 *
 * The index is column-oriented (typed arrays and a few big strings) so that storing it in
 * IndexedDB and reading it back is a handful of structured clones, not millions of objects.
 */
import { TERM_SOURCES, type CodeEntry, type System, type TermSource } from '@/lib/classification/model';
import { codeKey } from '@/lib/classification/code-format';
import type { CodeColumns } from './serialize-codes';

/** Preferred order of sources (a code's duplicate wording is kept from the first). */
const SOURCE_ORDER: TermSource[] = [
  'title',
  'trud',
  'uk-synonym',
  'abbreviation',
  'opcs-word-form',
  'ons',
  'icd10cm-inclusion',
  'icd10cm-index',
];

/**
 * Sources a document can come from, by index (stored in `docSource`): the preferred ones, then
 * any source added to the model later (so new term kinds are searched, not dropped).
 */
export const DOC_SOURCES: readonly TermSource[] = [
  ...SOURCE_ORDER,
  ...(Object.keys(TERM_SOURCES) as TermSource[]).filter((s) => !SOURCE_ORDER.includes(s)),
];

/** Field weights: titles first, then curated synonyms and abbreviations, then index terms. */
const WEIGHTS: Partial<Record<TermSource, number>> = {
  title: 1,
  trud: 0.97,
  'uk-synonym': 0.96,
  abbreviation: 0.96,
  'opcs-word-form': 0.94,
  ons: 0.92,
  'icd10cm-inclusion': 0.9,
  'icd10cm-index': 0.88,
};

/** Weight of a document's field; a source unknown here counts like an index term. */
export function sourceWeight(source: TermSource): number {
  return WEIGHTS[source] ?? 0.88;
}

/** Bumped whenever the serialised layout changes, so stored indexes are rebuilt. */
export const SEARCH_INDEX_FORMAT = 5;

/** Structured-clone friendly form, stored as-is in IndexedDB. */
export interface SerializedSearchIndex {
  format: number;
  /** Every CodeEntry, both systems, in classification order, as columns. */
  codes: CodeColumns;
  /** Sorted folded tokens joined by "\n". */
  vocab: string;
  /**
   * Postings of token t are postings[postStart[t] .. postStart[t+1]); each is
   * doc << 2 | (neutral ? 1 : 0) | (negated, after "without" ? 2 : 0).
   */
  postStart: Uint32Array;
  postings: Uint32Array;
  docCode: Uint32Array;
  docSource: Uint8Array;
  /** Number of significant (non-neutral) distinct tokens in each document. */
  docSig: Uint8Array;
  /** Term texts joined; a title document has an empty slice and shows its code's title. */
  docText: string;
  docTextStart: Uint32Array;
  /** JSON object: folded abbreviation token -> expansions (arrays of folded tokens). */
  abbrev: string;
  /** entryKey of each code, joined by "\n" (rebuilds byKey). */
  entryKeys: string;
  /** childrenKey of each code's parent, joined by "\n" (rebuilds children). */
  parentKeys: string;
  defaultChild: Int32Array;
  unspecified: Uint8Array;
}

/** The ready-to-search index. Build it with buildSearchIndex or deserializeSearchIndex. */
export interface SearchIndex {
  codes: CodeEntry[];
  vocab: string[];
  postStart: Uint32Array;
  postings: Uint32Array;
  docCode: Uint32Array;
  docSource: Uint8Array;
  docSig: Uint8Array;
  docText: string;
  docTextStart: Uint32Array;
  abbrev: Map<string, string[][]>;
  /** Derived on load (cheap): lookups and hierarchy. */
  byKey: Map<string, number>;
  children: Map<string, number[]>;
  /** For a code that is not valid for coding, the leaf a bare mention most likely means; else -1. */
  defaultChild: Int32Array;
  /** Title says "unspecified" (or an OPCS .9 code): the usual choice for a bare condition name. */
  unspecified: Uint8Array;
  /** Lazily created per-query scratch space and fuzzy matchers. */
  scratch?: unknown;
  fuzzy?: Map<string, unknown>;
}

/** Lookup key of a code within a system (`icd10:J189`). */
export function entryKey(system: System, code: string): string {
  return `${system}:${codeKey(code)}`;
}

/** Lookup key of a node's children list (`icd10:` for the chapters). */
export function childrenKey(system: System, parent: string | null | undefined): string {
  return `${system}:${parent ? codeKey(parent) : ''}`;
}
