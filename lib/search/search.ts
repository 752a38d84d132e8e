/**
 * The search entry point: word and code queries over a SearchIndex. Pure; any context.
 */
import { SYSTEMS, type CodeEntry } from '@/lib/classification/model';
import type { SearchOptions, SearchResult } from './types';
import { DOC_SOURCES, childrenKey, type SearchIndex } from './index-model';
import { pathOf } from './hierarchy';
import { codeQuery, isCodeQuery } from './code-query';
import { parseQuery, type QueryToken } from './query';
import { matchedMask, matchesUsed, scoreCodes, type CodeHit } from './rank';
import { foldToken, rawTokens } from './normalise';

const DEFAULT_LIMIT = 20;
/** A non-leaf passes its score to its default leaf, slightly reduced. */
const INHERIT = 0.97;
/** Titles of codes for repeating an earlier act. */
const REVISION_RE = /\b(revision|re-?do|re-?operation|re-?exploration)\b/i;
/** Non-leaf codes (not valid for coding) kept among word-query results; the rest are dropped. */
const MAX_NON_LEAF = 1;

/** Code-level priors: validity for coding, kind, "unspecified" for bare names, national usage. */
function prior(index: SearchIndex, i: number, revisionAsked: boolean): number {
  const c = index.codes[i]!;
  let f = 1;
  if (c.kind === 'chapter' || c.kind === 'block') f *= 0.7;
  else if (!c.validForCoding) f *= 0.9;
  if (index.unspecified[i]) f *= 1.03;
  // "Other …" codes are for specified conditions the classification does not list.
  if (/^other\b(?! and unspecified)|\(other\)/i.test(c.title)) f *= 0.97;
  if (c.secondaryOnly || c.asterisk) f *= 0.95;
  // OPCS-4: the primary act is the usual one, as "unspecified" is for a bare condition name.
  if (c.system === 'opcs4' && /^primary\b/i.test(c.title)) f *= 1.03;
  // A revision or re-do is coded only when the query says so; otherwise the primary act is meant.
  if (!revisionAsked && REVISION_RE.test(c.title)) f *= 0.9;
  // Usage only breaks near-ties: at most +5% for the most used codes (~10^6 episodes a year).
  f *= 1 + 0.05 * Math.min(1, Math.log10(1 + (c.usage ?? 0)) / 6);
  return f;
}

/**
 * Searches titles, synonyms, index terms and abbreviations (or codes, when the query is a code),
 * returning codes best first with why they matched.
 */
export function search(index: SearchIndex, query: string, opts: SearchOptions = {}): SearchResult[] {
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const systems = opts.system ? [opts.system] : [...SYSTEMS];
  if (!query.trim()) return [];
  if (isCodeQuery(query)) {
    const found = codeQuery(index, query, systems);
    if (found.length) {
      return found
        .slice(0, limit)
        .map((i, rank) =>
          toResult(index, i, { text: index.codes[i]!.code, source: 'code' }, 1 - rank * 0.001),
        );
    }
  }
  const tokens = parseQuery(index, query, opts.system);
  if (!tokens.length) return [];
  const hits = scoreCodes(index, tokens, opts.system);

  // Non-leaf codes hand their match down to their default leaf ("pneumonia": J18 -> J18.9).
  for (const h of [...hits.values()]) {
    let score = h.score;
    for (let c = index.defaultChild[h.codeIdx]!; c >= 0; c = index.defaultChild[c]!) {
      score *= INHERIT;
      const cur = hits.get(c);
      if (!cur || cur.score < score) hits.set(c, { ...h, codeIdx: c, score });
    }
  }
  const ranked: CodeHit[] = [];
  let top = 0;
  const revisionAsked = REVISION_RE.test(query);
  for (const h of hits.values()) {
    h.score *= prior(index, h.codeIdx, revisionAsked);
    top = Math.max(top, h.score);
    ranked.push(h);
  }
  preferSpecificSiblings(index, hits, tokens);
  const cut = top * 0.25;
  // Codes not valid for coding cannot be picked: keep the best one (for browsing), not several.
  let nonLeaves = 0;
  return ranked
    .filter((h) => h.score >= cut)
    .sort((a, b) => b.score - a.score || a.codeIdx - b.codeIdx)
    .filter((h) => index.codes[h.codeIdx]!.validForCoding || ++nonLeaves <= MAX_NON_LEAF)
    .slice(0, limit)
    .map((h) => toResult(index, h.codeIdx, matchReason(index, h, tokens), h.score));
}

/** How many of the best codes are checked for a more specific sibling. */
const SIBLING_CHECK = 5;

/**
 * A sibling whose own match carries query words the best match lacks ("… right upper lobe" vs
 * the short synonym "non-small cell lung cancer"; "DKA in type 1 diabetic") is the more
 * specific code the query describes: it moves just above that match.
 */
function preferSpecificSiblings(index: SearchIndex, hits: Map<number, CodeHit>, tokens: QueryToken[]): void {
  const nTokens = tokens.length;
  // Tokens naming the condition or act itself (not "left", "upper", "acute").
  let core = 0;
  tokens.forEach((t, i) => {
    if (!t.qualifier) core |= 1 << i;
  });
  // The best few by a linear scan (a keystroke may touch thousands of codes).
  const top: CodeHit[] = [];
  for (const h of hits.values()) {
    if (top.length === SIBLING_CHECK && h.score <= top[SIBLING_CHECK - 1]!.score) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.score < h.score) at--;
    top.splice(at, 0, h);
    if (top.length > SIBLING_CHECK) top.pop();
  }
  // Each code moves once and a moved code does not move the one it passed back.
  const done = new Set<number>();
  for (const h of top) {
    const c = index.codes[h.codeIdx]!;
    if (!c.parent || done.has(h.codeIdx)) continue;
    done.add(h.codeIdx);
    const mask = matchedMask(index, h.doc, nTokens);
    let best: CodeHit | undefined;
    let bestExtra = 0;
    for (const k of index.children.get(childrenKey(c.system, c.parent)) ?? []) {
      const s = hits.get(k);
      // Only towards the specific: an "unspecified" sibling is never the more detailed code, unless
      // the best match is itself unspecified ("skin, unspecified" → "other and unspecified parts
      // of face" for a query naming the cheek).
      if (!s || done.has(k) || !index.codes[k]!.validForCoding) continue;
      if (index.unspecified[k] && !index.unspecified[h.codeIdx]) continue;
      if (s.score >= h.score) continue;
      const sMask = matchedMask(index, s.doc, nTokens);
      // It must share the topic (a core word the best match matched) and add to it. Under an
      // unspecified ICD-10 best match the shared category is the topic: a synonym found the category
      // ("lentigo maligna" → D03.9) and the query's other words pick the subdivision (cheek → face).
      const extra = popcount(sMask & ~mask);
      const byCategory = index.unspecified[h.codeIdx] && c.system === 'icd10';
      if (!extra || (!(sMask & mask & core) && !byCategory)) continue;
      if (extra > bestExtra || (extra === bestExtra && s.score > best!.score)) {
        best = s;
        bestExtra = extra;
      }
    }
    if (best) {
      best.score = h.score * 1.01;
      done.add(best.codeIdx);
    }
  }
}

function popcount(x: number): number {
  let n = 0;
  for (; x; x &= x - 1) n++;
  return n;
}

function docText(index: SearchIndex, doc: number): string {
  const text = index.docText.slice(index.docTextStart[doc], index.docTextStart[doc + 1]);
  return text || index.codes[index.docCode[doc]!]!.title;
}

function matchReason(index: SearchIndex, h: CodeHit, tokens: QueryToken[]): SearchResult['matched'] {
  const text = docText(index, h.doc);
  const source = DOC_SOURCES[index.docSource[h.doc]!]!;
  const corrections: string[] = [];
  const words = rawTokens(text);
  const via = matchesUsed(index, h.doc, tokens.length);
  tokens.forEach((t, i) => {
    const v = via[i] ?? -1;
    const m = v >= 0 ? t.matches[v] : undefined;
    if (!m) return;
    if (m.correction) corrections.push(m.correction);
    else if (m.quality === 1 && !words.includes(t.raw)) {
      // Spelling variant: say which word of the term the query word stood for.
      const w = words.find((x) => foldToken(x) === t.folded);
      if (w && w !== t.raw) corrections.push(`${t.raw} → ${w}`);
    }
  });
  return corrections.length ? { text, source, corrections } : { text, source };
}

function toResult(
  index: SearchIndex,
  i: number,
  matched: SearchResult['matched'],
  score: number,
): SearchResult {
  const c: CodeEntry = index.codes[i]!;
  return {
    system: c.system,
    code: c.code,
    kind: c.kind,
    title: c.title,
    path: pathOf(index, c.system, c.code),
    matched,
    validForCoding: c.validForCoding,
    flags: {
      asterisk: c.asterisk,
      dagger: c.dagger,
      partners: c.partners,
      secondaryOnly: c.secondaryOnly,
      laterality: c.laterality,
      sex: c.sex,
      minAge: c.minAge,
      maxAge: c.maxAge,
    },
    usage: c.usage,
    score: Math.round(score * 1000) / 1000,
  };
}
