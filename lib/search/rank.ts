/**
 * Scores documents (titles and terms) against parsed query tokens and folds them into code
 * scores. Pure; any context.
 *
 * A document's score rewards covering the query (rare words count more), covering the document
 * (so a short exact term beats a long title that merely contains the words) and its field
 * (title > curated synonym/abbreviation > index term). Code-level priors follow in search.ts.
 */
import type { System } from '@/lib/classification/model';
import { DOC_SOURCES, sourceWeight, type SearchIndex } from './index-model';
import { MAX_QUERY_TOKENS, type QueryToken } from './query';

interface Scratch {
  stamp: Uint32Array;
  gen: number;
  quality: Float32Array;
  /** Index into the query token's matches that gave `quality` (for corrections). */
  via: Uint8Array;
  sigMatched: Uint8Array;
  touched: number[];
}

function scratchOf(index: SearchIndex): Scratch {
  const n = index.docCode.length;
  let s = index.scratch as Scratch | undefined;
  if (!s || s.stamp.length !== n) {
    s = {
      stamp: new Uint32Array(n),
      gen: 0,
      quality: new Float32Array(n * MAX_QUERY_TOKENS),
      via: new Uint8Array(n * MAX_QUERY_TOKENS),
      sigMatched: new Uint8Array(n),
      touched: [],
    };
    index.scratch = s;
  }
  return s;
}

export interface CodeHit {
  codeIdx: number;
  score: number;
  doc: number;
}

/**
 * For a document scored by the latest scoreCodes call on this index: per query token, which of
 * its matches was used (-1: none), to report corrections. Computed only for shown results.
 */
export function matchesUsed(index: SearchIndex, doc: number, nTokens: number): number[] {
  const s = scratchOf(index);
  const out: number[] = [];
  for (let i = 0; i < nTokens; i++) {
    const slot = doc * MAX_QUERY_TOKENS + i;
    out.push(s.stamp[doc] === s.gen && s.quality[slot]! > 0 ? s.via[slot]! : -1);
  }
  return out;
}

/**
 * For a document scored by the latest scoreCodes call: bit i set when query token i matched it
 * at all (a partly matched expansion such as "DKA" -> "…with ketoacidosis" included).
 */
export function matchedMask(index: SearchIndex, doc: number, nTokens: number): number {
  const s = scratchOf(index);
  if (s.stamp[doc] !== s.gen) return 0;
  let mask = 0;
  for (let i = 0; i < nTokens; i++) if (s.quality[doc * MAX_QUERY_TOKENS + i]! >= 0.45) mask |= 1 << i;
  return mask;
}

/** Best-scoring document per code, for codes of `system` (or both). */
export function scoreCodes(index: SearchIndex, tokens: QueryToken[], system?: System): Map<number, CodeHit> {
  const s = scratchOf(index);
  s.gen++;
  s.touched.length = 0;
  const { postStart, postings, codes, docCode } = index;
  const Q = MAX_QUERY_TOKENS;
  const hit = (doc: number, i: number, q: number, m: number, sigWords: number): void => {
    if (s.stamp[doc] !== s.gen) {
      s.stamp[doc] = s.gen;
      s.quality.fill(0, doc * Q, doc * Q + Q);
      s.sigMatched[doc] = 0;
      s.touched.push(doc);
    }
    const slot = doc * Q + i;
    if (q > s.quality[slot]!) {
      if (s.quality[slot] === 0) s.sigMatched[doc] = Math.min(255, s.sigMatched[doc]! + sigWords);
      s.quality[slot] = q;
      s.via[slot] = m;
    }
  };
  tokens.forEach((t, i) => {
    t.matches.forEach((m, mi) => {
      if (m.ids.length === 1) {
        const v = m.ids[0]!;
        for (let p = postStart[v]!; p < postStart[v + 1]!; p++) {
          const e = postings[p]!;
          // A word the document only mentions after "without" counts for little.
          hit(e >>> 2, i, e & 2 ? m.quality * 0.3 : m.quality, mi, e & 1 ? 0 : 1);
        }
        return;
      }
      // An expansion ("atrial fibrillation") matches documents holding all its words.
      const counts = new Map<number, number>();
      for (const v of m.ids) {
        for (let p = postStart[v]!; p < postStart[v + 1]!; p++) {
          const d = postings[p]! >>> 2;
          counts.set(d, (counts.get(d) ?? 0) + 1);
        }
      }
      // Most of the words still say something ("coronary artery bypass graft" vs a title with
      // "coronary" and "graft"), at a discount.
      const need = Math.ceil(m.ids.length / 2);
      for (const [d, c] of counts) {
        if (c >= need) hit(d, i, (m.quality * c) / m.ids.length, mi, c);
      }
    });
  });

  const best = new Map<number, CodeHit>();
  for (const doc of s.touched) {
    const codeIdx = docCode[doc]!;
    if (system && codes[codeIdx]!.system !== system) continue;
    let num = 0;
    let den = 0;
    let allRequired = true;
    tokens.forEach((t, i) => {
      const q = s.quality[doc * Q + i]!;
      if (t.qualifier) {
        // Optional: adds when present, costs little when absent.
        den += q > 0 ? t.weight : 0.25 * t.weight;
      } else {
        den += t.weight;
        if (q === 0) allRequired = false;
      }
      num += t.weight * q;
    });
    if (den === 0 || num === 0) continue;
    const coverage = num / den;
    const docCoverage = Math.min(1, s.sigMatched[doc]! / index.docSig[doc]!);
    const field = sourceWeight(DOC_SOURCES[index.docSource[doc]!]!);
    const score = field * coverage * coverage * (0.55 + 0.45 * docCoverage) * (allRequired ? 1 : 0.8);
    const prev = best.get(codeIdx);
    if (!prev) best.set(codeIdx, { codeIdx, score, doc });
    else if (score > prev.score) {
      prev.score = score;
      prev.doc = doc;
    }
  }
  return best;
}
