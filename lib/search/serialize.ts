/**
 * Serialised form of the search index for IndexedDB (a few big strings and typed arrays, cheap
 * to structured-clone) and back. Pure; any context.
 */
import { decodeCodeColumns, encodeCodeColumns } from './serialize-codes';
import {
  childrenKey,
  entryKey,
  SEARCH_INDEX_FORMAT,
  type SearchIndex,
  type SerializedSearchIndex,
} from './index-model';

/** The stored form of an index; store it as-is. */
export function serializeSearchIndex(index: SearchIndex): SerializedSearchIndex {
  return {
    format: SEARCH_INDEX_FORMAT,
    codes: encodeCodeColumns(index.codes),
    vocab: index.vocab.join('\n'),
    postStart: index.postStart,
    postings: index.postings,
    docCode: index.docCode,
    docSource: index.docSource,
    docSig: index.docSig,
    docText: index.docText,
    docTextStart: index.docTextStart,
    abbrev: JSON.stringify([...index.abbrev]),
    // The hierarchy is stored, not derived again on load: deriving it costs more than reading it
    // (regex work on 30k titles), and the side panel has 500 ms from opening to first search.
    entryKeys: index.codes.map((c) => entryKey(c.system, c.code)).join('\n'),
    parentKeys: index.codes.map((c) => childrenKey(c.system, c.parent)).join('\n'),
    defaultChild: index.defaultChild,
    unspecified: index.unspecified,
  };
}

/** Lookups and children lists from the stored keys (classification order is the codes' order). */
function restoreHierarchy(s: SerializedSearchIndex): Pick<SearchIndex, 'byKey' | 'children'> {
  const byKey = new Map<string, number>();
  const children = new Map<string, number[]>();
  s.entryKeys.split('\n').forEach((key, i) => byKey.set(key, i));
  s.parentKeys.split('\n').forEach((key, i) => {
    const list = children.get(key);
    if (list) list.push(i);
    else children.set(key, [i]);
  });
  return { byKey, children };
}

/** Rebuilds a ready index from its stored form; throws on a different format version. */
export function deserializeSearchIndex(s: SerializedSearchIndex): SearchIndex {
  if (s.format !== SEARCH_INDEX_FORMAT) {
    throw new Error(`search index format ${s.format} is not ${SEARCH_INDEX_FORMAT}: rebuild it`);
  }
  const codes = decodeCodeColumns(s.codes);
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
    defaultChild: s.defaultChild,
    unspecified: s.unspecified,
    ...restoreHierarchy(s),
  };
}
