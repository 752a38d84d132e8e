/**
 * The search entry point: word and code queries over a SearchIndex. Pure; any context.
 */
import { SYSTEMS, type CodeEntry } from '@/lib/classification/model';
import type { SearchOptions, SearchResult } from './types';
import { DOC_SOURCES, type SearchIndex } from './index-model';
import { pathOf } from './hierarchy';
import { codeQuery, isCodeQuery } from './code-query';
import { parseQuery, type QueryToken } from './query';
import { matchesUsed, scoreCodes, type CodeHit } from './rank';
import { foldToken, rawTokens } from './normalise';

const DEFAULT_LIMIT = 20;
/** A non-leaf passes its score to its default leaf, slightly reduced. */
const INHERIT = 0.97;

/** Code-level priors: validity for coding, kind, "unspecified" for bare names, national usage. */
function prior(index: SearchIndex, i: number): number {
  const c = index.codes[i]!;
  let f = 1;
  if (c.kind === 'chapter' || c.kind === 'block') f *= 0.7;
  else if (!c.validForCoding) f *= 0.9;
  if (index.unspecified[i]) f *= 1.03;
  // "Other …" codes are for specified conditions the classification does not list.
  if (/^other\b(?! and unspecified)|\(other\)/i.test(c.title)) f *= 0.97;
  if (c.secondaryOnly || c.asterisk) f *= 0.95;
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
  const tokens = parseQuery(index, query);
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
  for (const h of hits.values()) {
    h.score *= prior(index, h.codeIdx);
    top = Math.max(top, h.score);
    ranked.push(h);
  }
  const cut = top * 0.25;
  return ranked
    .filter((h) => h.score >= cut)
    .sort((a, b) => b.score - a.score || a.codeIdx - b.codeIdx)
    .slice(0, limit)
    .map((h) => toResult(index, h.codeIdx, matchReason(index, h, tokens), h.score));
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
