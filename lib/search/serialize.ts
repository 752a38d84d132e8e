/**
 * Serialised form of the search index for IndexedDB (a few big strings and typed arrays, cheap
 * to structured-clone) and back. Pure; any context.
 */
import type { CodeEntry } from '@/lib/classification/model';
import { SEARCH_INDEX_FORMAT, type SearchIndex, type SerializedSearchIndex } from './index-model';
import { deriveHierarchy } from './hierarchy';

/** The stored form of an index; store it as-is. */
export function serializeSearchIndex(index: SearchIndex): SerializedSearchIndex {
  return {
    format: SEARCH_INDEX_FORMAT,
    codes: JSON.stringify(index.codes),
    vocab: index.vocab.join('\n'),
    postStart: index.postStart,
    postings: index.postings,
    docCode: index.docCode,
    docSource: index.docSource,
    docSig: index.docSig,
    docText: index.docText,
    docTextStart: index.docTextStart,
    abbrev: JSON.stringify([...index.abbrev]),
  };
}

/** Rebuilds a ready index from its stored form; throws on a different format version. */
export function deserializeSearchIndex(s: SerializedSearchIndex): SearchIndex {
  if (s.format !== SEARCH_INDEX_FORMAT) {
    throw new Error(`search index format ${s.format} is not ${SEARCH_INDEX_FORMAT}: rebuild it`);
  }
  const codes = JSON.parse(s.codes) as CodeEntry[];
  return {
    codes,
    vocab: s.vocab ? s.vocab.split('\n') : [],
    postStart: s.postStart,
    postings: s.postings,
    docCode: s.docCode,
    docSource: s.docSource,
    docSig: s.docSig,
    docText: s.docText,
    docTextStart: s.docTextStart,
    abbrev: new Map(JSON.parse(s.abbrev) as [string, string[][]][]),
    ...deriveHierarchy(codes),
  };
}
