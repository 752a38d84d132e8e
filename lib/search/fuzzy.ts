/**
 * Fuzzy recovery of misspelt query words against the index vocabulary, with Fuse.js.
 * Pure; any context.
 *
 * Fuse scans its whole list for every search, so the vocabulary is split by first letter and
 * length (a misspelling rarely changes the first letter and seldom the length by more than 2);
 * each bucket's matcher is created on first use and kept on the index.
 */
import Fuse from 'fuse.js';
import type { SearchIndex } from './index-model';

export interface FuzzyMatch {
  vocabId: number;
  /** 0..1, higher is closer. */
  similarity: number;
}

interface Bucket {
  fuse: Fuse<string>;
  ids: number[];
}

function bucketFor(index: SearchIndex, first: string, len: number): Bucket {
  index.fuzzy ??= new Map();
  const key = `${first}${len}`;
  const cached = index.fuzzy.get(key) as Bucket | undefined;
  if (cached) return cached;
  const ids: number[] = [];
  // Vocabulary is sorted, so one letter's words form a contiguous range.
  let lo = 0;
  let hi = index.vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.vocab[mid]! < first) lo = mid + 1;
    else hi = mid;
  }
  for (let v = lo; v < index.vocab.length && index.vocab[v]![0] === first; v++) {
    const w = index.vocab[v]!;
    if (Math.abs(w.length - len) <= 2 && /^[a-z]+$/.test(w)) ids.push(v);
  }
  const fuse = new Fuse(
    ids.map((v) => index.vocab[v]!),
    { includeScore: true, threshold: 0.34, ignoreLocation: true, isCaseSensitive: true },
  );
  const bucket = { fuse, ids };
  index.fuzzy.set(key, bucket);
  return bucket;
}

/** Closest vocabulary words to a folded query word (at most `limit`), best first. */
export function fuzzyMatches(index: SearchIndex, word: string, limit = 3): FuzzyMatch[] {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return [];
  const { fuse, ids } = bucketFor(index, word[0]!, Math.min(word.length, 24));
  return fuse
    .search(word, { limit: limit * 3 })
    .map((r) => {
      const v = ids[r.refIndex]!;
      const df = index.postStart[v + 1]! - index.postStart[v]!;
      // Prefer common words among equally close ones: a typo is likelier in a frequent word.
      const similarity = (1 - (r.score ?? 1)) * (0.9 + 0.1 * Math.min(1, Math.log10(1 + df) / 3));
      return { vocabId: v, similarity };
    })
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, limit);
}
