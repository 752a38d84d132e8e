/**
 * Public API of the search engine. Pure; any context (background, extension pages, content
 * script, Node scripts).
 */
export { buildSearchIndex } from './build';
export { serializeSearchIndex, deserializeSearchIndex } from './serialize';
export { search } from './search';
export { getEntry, childrenOf, pathOf } from './hierarchy';
export type { SearchIndex, SerializedSearchIndex } from './index-model';
export type { SearchOptions, SearchResult, MatchReason, PathNode } from './types';
