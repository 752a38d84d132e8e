/**
 * Code suggestions for one mention: its own codes, history/sequela or family-history codes, and
 * OPCS-4 laterality and approach codes, each with a reason. Pure; any context (background,
 * extension pages, Node command-line tools); the content script asks the background instead.
 */
import { TERM_SOURCES, type System } from '@/lib/classification/model';
import { childrenOf, getEntry, search, type SearchIndex, type SearchResult } from '@/lib/search';
import { tokenize } from '@/lib/search/normalise';
import type { Mention } from '@/lib/text/types';
import { FAMILY_CODE_RE, HISTORY_CODE_RE, familyCodesFor, historyCodesFor } from './history-codes';
import { coversHead, headToken, queryVariants, skinRegion, skinTitleRegion } from './query';
import { LATERALITY_CODES, approachFor } from './supplementary';
import type { Suggestion, SuggestionRole } from './types';

export type { Suggestion, SuggestionFlags, SuggestionRole } from './types';

export interface SuggestOptions {
  /** Codes for the mention itself (main, history or family); supplementary codes come on top. */
  limit?: number;
}

/** Head words naming a person by a status: the phrase is a condition or status, not an act. */
const STATUS_PERSON = new Set(
  ['recipient', 'recipients', 'donor', 'donors', 'carrier', 'carriers'].map((w) => tokenize(w)[0]!),
);

/** Results scoring below this matched only stray words (a heading, a sentence of prose). */
const MIN_SCORE = 0.1;
/** Derived codes rank just below the result they come from. */
const DERIVED = 0.98;
const quote = (s: string): string => `'${s.replace(/\s+/g, ' ').trim()}'`;

function matchReason(r: SearchResult): string {
  const src = r.matched.source === 'code' ? 'code' : TERM_SOURCES[r.matched.source];
  return `matched ${quote(r.matched.text)} (${src})`;
}

function fromResult(r: SearchResult, role: SuggestionRole, reason: string): Suggestion {
  const s: Suggestion = { code: r.code, system: r.system, title: r.title, score: r.score, reason, role };
  if (r.flags.secondaryOnly || r.flags.asterisk) s.flags = { secondaryOnly: true };
  return s;
}

/** A code named by a rule, if the loaded release has it. */
function derived(
  index: SearchIndex,
  system: System,
  code: string,
  score: number,
  role: SuggestionRole,
  reason: string,
): Suggestion | undefined {
  const e = getEntry(index, system, code);
  if (!e) return undefined;
  const s: Suggestion = { code, system, title: e.title, score: score * DERIVED, reason, role };
  if (e.secondaryOnly) s.flags = { secondaryOnly: true };
  return s;
}

/** The condition's own code that history/family rules read: the best result outside chapter XXI. */
const conditionOf = (results: SearchResult[]): SearchResult | undefined =>
  results.find((r) => !/^[RZ]/.test(r.code)) ?? results[0];

function historyCodes(index: SearchIndex, mention: Mention, results: SearchResult[]): Suggestion[] {
  const why = `history of: ${mention.original.trim()}`;
  const cond = conditionOf(results);
  if (!cond || HISTORY_CODE_RE.test(cond.code)) return [];
  let out = historyCodesFor(cond.code).flatMap(
    (c) => derived(index, 'icd10', c, cond.score, 'history', why) ?? [],
  );
  if (!out.length) {
    // No chapter rule (symptoms, Z codes): ask the release for a personal-history title.
    const r = search(index, `personal history of ${mention.text}`, { system: 'icd10', limit: 5 }).find((x) =>
      HISTORY_CODE_RE.test(x.code),
    );
    if (r) out = [fromResult(r, 'history', `${why}; ${matchReason(r)}`)];
  }
  return out;
}

function familyCodes(index: SearchIndex, mention: Mention, results: SearchResult[]): Suggestion[] {
  const why = `family history: ${mention.original.trim()}`;
  const given = results.find((r) => FAMILY_CODE_RE.test(r.code));
  if (given) return [fromResult(given, 'family', why)];
  const cond = conditionOf(results);
  const out = cond
    ? familyCodesFor(cond.code).flatMap((c) => derived(index, 'icd10', c, cond.score, 'family', why) ?? [])
    : [];
  if (out.length) return out;
  const r = search(index, `family history of ${mention.text}`, { system: 'icd10', limit: 5 }).find((x) =>
    FAMILY_CODE_RE.test(x.code),
  );
  return r ? [fromResult(r, 'family', `${why}; ${matchReason(r)}`)] : [];
}

function supplementary(index: SearchIndex, mention: Mention, main: SearchResult): Suggestion[] {
  const out: Suggestion[] = [];
  if (mention.laterality) {
    const code = LATERALITY_CODES[mention.laterality];
    const why = `${mention.laterality === 'bilateral' ? 'bilateral' : `${mention.laterality}-sided`} procedure: laterality code`;
    const s = derived(index, 'opcs4', code, main.score, 'laterality', why);
    if (s) out.push(s);
  }
  const approach = approachFor(`${mention.text} ${mention.original}`, main.code, main.title);
  if (approach) {
    const why = `${approach.word.toLowerCase()} approach: supplementary approach code`;
    const s = derived(index, 'opcs4', approach.code, main.score, 'approach', why);
    if (s) out.push(s);
  }
  return out;
}

/**
 * Search results for a mention: the first query (see query.ts) whose results name the phrase's head
 * word ("pneumonia" for "basal pneumonia", not "basal cell carcinoma"), those results first; failing
 * that, the first query that found anything.
 */
function searchMention(
  index: SearchIndex,
  text: string,
  system: System,
  limit: number,
): { results: SearchResult[]; covered: boolean } {
  const head = headToken(text);
  const expansions = head ? (index.abbrev.get(head) ?? []) : [];
  let fallback: SearchResult[] | undefined;
  for (const q of queryVariants(text, system === 'opcs4')) {
    const results = search(index, q, { system, limit }).filter((r) => r.score >= MIN_SCORE);
    if (results.length === 0) continue;
    fallback ??= results;
    const covering = results.filter((r) => coversHead(head, `${r.title} ${r.matched.text}`, expansions));
    if (covering.length > 0)
      return { results: [...covering, ...results.filter((r) => !covering.includes(r))], covered: true };
  }
  return { results: fallback ?? [], covered: head === undefined };
}

/**
 * OPCS-4 splits skin operations by site: "… of skin of head or neck" and "… of skin NEC" (or "of
 * other site"). A mention naming its site ("Punch biopsy, cheek"; "cryotherapy, forearms") gets the
 * subdivision for that site first: a result of that region, or else the best result's sibling that
 * names it ("S13.9 Unspecified punch biopsy of skin" → "S13.1 … of head or neck").
 */
function preferSkinRegion(index: SearchIndex, text: string, results: SearchResult[]): SearchResult[] {
  const top = results[0];
  const region = skinRegion(text);
  if (!top || !region || top.system !== 'opcs4' || !/^S/.test(top.code)) return results;
  if (skinTitleRegion(top.title) === region) return results;
  const ofRegion = results.find((r) => /^S/.test(r.code) && skinTitleRegion(r.title) === region);
  if (ofRegion) return [ofRegion, ...results.filter((r) => r !== ofRegion)];
  const parent = getEntry(index, 'opcs4', top.code)?.parent;
  const siblings = parent
    ? childrenOf(index, 'opcs4', parent).filter(
        (c) => c.validForCoding && skinTitleRegion(c.title) === region,
      )
    : [];
  if (siblings.length !== 1) return results;
  const sib = siblings[0]!;
  const moved = search(index, sib.title, { system: 'opcs4', limit: 3 }).find((r) => r.code === sib.code);
  if (!moved) return results;
  moved.score = top.score;
  return [moved, ...results.filter((r) => r.code !== sib.code)];
}

/**
 * Suggests codes for a mention, best first: ICD-10 for diagnoses, OPCS-4 for procedures. Negated
 * mentions get none. History mentions get the condition and its history/sequela code (previous MI
 * → I21.9, I25.2); family mentions get Z80–Z84 only (the patient does not have the condition);
 * uncertain ones are flagged. Procedures add laterality (Z94.x) and approach (Y) codes after the
 * `limit` (default 3) codes for the mention itself.
 */
export function suggestForMention(
  index: SearchIndex,
  mention: Mention,
  opts: SuggestOptions = {},
): Suggestion[] {
  const limit = opts.limit ?? 3;
  if (mention.status === 'negated' || limit <= 0) return [];
  let system: System = mention.kind === 'procedure' ? 'opcs4' : 'icd10';
  // A person with a status ("renal transplant recipient", "kidney donor") is coded in ICD-10 (Z94,
  // Z52), whatever the procedure word in the phrase.
  if (system === 'opcs4' && STATUS_PERSON.has(headToken(mention.text) ?? '')) system = 'icd10';
  const found = searchMention(index, mention.text, system, limit + 2);
  let results = found.results;
  if (system === 'opcs4' && !found.covered) {
    // A "procedure" whose head word names no OPCS-4 act but does name an ICD-10 condition
    // ("treated for aspiration pneumonia with IV antibiotics") is the condition that was treated.
    const asCondition = searchMention(index, mention.text, 'icd10', limit + 2);
    if (asCondition.covered && asCondition.results.length > 0) {
      system = 'icd10';
      results = asCondition.results;
    }
  }
  let out: Suggestion[];
  if (system === 'opcs4') results = preferSkinRegion(index, `${mention.text} ${mention.original}`, results);
  if (system === 'icd10' && mention.status === 'family') {
    out = familyCodes(index, mention, results).slice(0, limit);
  } else {
    const main = results.map((r) => fromResult(r, 'main', matchReason(r)));
    const hist =
      system === 'icd10' && mention.status === 'history' ? historyCodes(index, mention, results) : [];
    // The condition first (coders still code chronic conditions listed as history), then its
    // history code, then the alternatives.
    const seen = new Set(hist.map((s) => s.code));
    const rest = main.filter((s) => !seen.has(s.code));
    out = [...rest.slice(0, 1), ...hist, ...rest.slice(1)].slice(0, limit);
    if (system === 'opcs4' && results[0] && mention.status !== 'history') {
      out = out.concat(supplementary(index, mention, results[0]));
    }
  }
  if (mention.status === 'uncertain') {
    out = out.map((s) => ({
      ...s,
      reason: `uncertain: check before coding; ${s.reason}`,
      flags: { ...s.flags, uncertain: true },
    }));
  }
  return out;
}
