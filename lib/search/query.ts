/**
 * Turns a query into weighted tokens, each with the vocabulary entries it may match (exact,
 * prefix while typing, spelling variant, fuzzy correction, abbreviation expansion).
 * Pure; any context.
 */
import type { SearchIndex } from './index-model';
import { fuzzyMatches } from './fuzzy';
import type { System } from '@/lib/classification/model';
import { LEXICON, OPCS_LEXICON, PHRASE_LEXICON } from './lexicon';
import { QUALIFIER_WORDS, STOP_WORDS, foldToken, rawTokens } from './normalise';

/** Most tokens a query may have; later ones are ignored (search boxes hold short phrases). */
export const MAX_QUERY_TOKENS = 10;
const MAX_COMPLETIONS = 24;

export interface TokenMatch {
  /** Vocabulary ids that must all be present (one id, or an abbreviation's expansion). */
  ids: number[];
  /** 0..1 confidence in this reading of the query word. */
  quality: number;
  /** Shown to the user when this reading wins ("pnuemonia → pneumonia"). */
  correction?: string;
}

export interface QueryToken {
  raw: string;
  folded: string;
  qualifier: boolean;
  /** Inverse document frequency: rare words decide more than common ones. */
  weight: number;
  matches: TokenMatch[];
}

/** Index of the first vocabulary entry >= word. */
export function lowerBound(vocab: string[], word: string): number {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocab[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function df(index: SearchIndex, v: number): number {
  return index.postStart[v + 1]! - index.postStart[v]!;
}

function exactId(index: SearchIndex, word: string): number {
  const v = lowerBound(index.vocab, word);
  return index.vocab[v] === word ? v : -1;
}

/**
 * Words starting with `word` (not equal to it), the most frequent first. Short prefixes get
 * fewer: each completion brings its postings, and "c" alone says little.
 */
function completions(index: SearchIndex, word: string): number[] {
  const max = word.length === 1 ? 3 : word.length === 2 ? 12 : MAX_COMPLETIONS;
  const out: number[] = [];
  for (let v = lowerBound(index.vocab, word); v < index.vocab.length; v++) {
    const w = index.vocab[v]!;
    if (!w.startsWith(word)) break;
    if (w !== word) out.push(v);
  }
  if (out.length > max) {
    out.sort((a, b) => df(index, b) - df(index, a));
    out.length = max;
  }
  return out;
}

function matchWord(
  index: SearchIndex,
  raw: string,
  folded: string,
  isLast: boolean,
  system?: System,
): TokenMatch[] {
  const out: TokenMatch[] = [];
  const exact = exactId(index, folded);
  if (exact >= 0) out.push({ ids: [exact], quality: 1 });
  // Abbreviation expansions from the release, then the lexicon's equivalents.
  const readings: [string[], number][] = [
    ...(index.abbrev.get(folded) ?? []).map((e): [string[], number] => [e, 0.95]),
    ...(LEXICON.get(raw) ?? []).map((e): [string[], number] => [e.map(foldToken), 0.9]),
    ...((system === 'opcs4' && OPCS_LEXICON.get(raw)) || []).map((e): [string[], number] => [
      e.map(foldToken),
      0.9,
    ]),
  ];
  for (const [exp, quality] of readings) {
    const ids = exp.map((w) => exactId(index, w));
    if (ids.every((id) => id >= 0) && !(ids.length === 1 && ids[0] === exact)) {
      out.push({ ids, quality, correction: `${raw} → ${exp.join(' ')}` });
    }
  }
  if (/^\d+$/.test(folded)) return out; // numbers (stages, types) match exactly only
  // Prefixes: always for the word being typed; for others only when nothing matches exactly
  // ("lap chole" -> laparoscopic cholecystectomy).
  const minPrefix = isLast ? 1 : 3;
  if ((isLast || exact < 0) && folded.length >= minPrefix) {
    // A complete known abbreviation ("TB") is more likely meant as itself than as the start of a
    // longer one ("TBI"): its completions stay well below the exact reading.
    const isAbbrev = exact >= 0 && folded.length <= 4 && (index.abbrev.has(folded) || LEXICON.has(raw));
    const base = isAbbrev ? 0.3 : isLast ? 0.62 : 0.55;
    for (const v of completions(index, folded)) {
      const ratio = folded.length / index.vocab[v]!.length;
      out.push({ ids: [v], quality: base + 0.3 * ratio });
    }
    // A word typed past its folded form ("infecti" while typing "infection" -> "infect").
    for (let cut = 1; isLast && cut <= 3 && folded.length - cut >= 5; cut++) {
      const v = exactId(index, folded.slice(0, -cut));
      if (v >= 0) out.push({ ids: [v], quality: 0.85 });
    }
  }
  if (exact < 0 && out.length === 0) {
    for (const f of fuzzyMatches(index, folded)) {
      out.push({
        ids: [f.vocabId],
        quality: 0.9 * f.similarity,
        correction: `${raw} → ${index.vocab[f.vocabId]}`,
      });
    }
  }
  return out;
}

/**
 * Plurals of abbreviations ("PEs", "UTIs", "DVTs"): a token written with capitals and a final
 * lower-case "s" whose stem is a known word of the index. Lower-case raw plural -> stem.
 */
function abbreviationPlurals(index: SearchIndex, query: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of query.matchAll(/(?<![A-Za-z0-9])([A-Za-z0-9]{1,7})s(?![A-Za-z0-9])/g)) {
    const stem = m[1]!;
    if ((stem.match(/[A-Z]/g)?.length ?? 0) < 2) continue;
    const low = stem.toLowerCase();
    if (index.abbrev.has(low) || exactId(index, low) >= 0) out.set(`${low}s`, low);
  }
  return out;
}

/** Reading of two query words taken together ("e coli" -> escherichia coli), or undefined. */
function matchPhrase(index: SearchIndex, a: string, b: string): TokenMatch[] | undefined {
  const phrases = PHRASE_LEXICON.get(`${a} ${b}`);
  if (!phrases) return undefined;
  const out: TokenMatch[] = [];
  const literal = [exactId(index, foldToken(a)), exactId(index, foldToken(b))];
  if (literal.every((id) => id >= 0)) out.push({ ids: literal, quality: 1 });
  for (const p of phrases) {
    const ids = p.map((w) => exactId(index, foldToken(w)));
    if (ids.every((id) => id >= 0))
      out.push({ ids, quality: 0.95, correction: `${a} ${b} → ${p.join(' ')}` });
  }
  return out.length ? out : undefined;
}

/** Parses a query into tokens with their candidate matches and weights. */
export function parseQuery(index: SearchIndex, query: string, system?: System): QueryToken[] {
  const typingLast = !/\s$/.test(query);
  const plurals = abbreviationPlurals(index, query);
  const raws = rawTokens(query)
    .filter((r) => !STOP_WORDS.has(r))
    .map((r) => plurals.get(r) ?? r);
  const tokens: QueryToken[] = [];
  const nDocs = index.docCode.length;
  const seen = new Set<string>();
  const n = Math.min(raws.length, MAX_QUERY_TOKENS);
  for (let i = 0; i < n; i++) {
    let raw = raws[i]!;
    let isLast = typingLast && i === raws.length - 1;
    // Two words read together ("E. coli", "small bowel") once the second is complete.
    const pair = i + 1 < n ? raws[i + 1]! : '';
    const phrase = pair ? matchPhrase(index, raw, pair) : undefined;
    if (phrase) {
      raw = `${raw} ${pair}`;
      isLast = false;
      i++;
    }
    const folded = phrase ? raw : foldToken(raw);
    if (seen.has(folded)) continue;
    seen.add(folded);
    // One letter being typed after other words cannot narrow anything down yet.
    if (isLast && raw.length === 1 && raws.length > 1 && !/\d/.test(raw)) continue;
    const matches = phrase ?? matchWord(index, raw, folded, isLast, system);
    if (!matches.length) continue; // an unknown word cannot tell candidates apart
    let freq = 0;
    for (const m of matches) for (const id of m.ids) freq = Math.max(freq, df(index, id));
    const weight = Math.max(0.5, Math.log(1 + nDocs / (1 + freq)));
    tokens.push({ raw, folded, qualifier: QUALIFIER_WORDS.has(folded), weight, matches });
  }
  return tokens;
}
