/**
 * Finds status triggers and scope terminators in a stretch of text. Pure; any context (content script,
 * background, extension pages, Node).
 */
import { TRIGGERS, type CueDirection, type CueScope, type CueType } from './triggers';

/** A trigger found in the text, with its absolute position. */
export interface Cue {
  type: CueType;
  dir: CueDirection;
  scope: CueScope;
  start: number;
  end: number;
  /** The words as written, for `Mention.cues`. */
  text: string;
}

// Word characters for phrase edges (Latin letters with accents, digits); the text is lower-cased first.
const W = 'a-z0-9\\u00c0-\\u024f';
// A phrase ending in a word character must not run into the next word ("no" inside "not"); when it
// does, the regex backtracks to the next alternative.
const EDGE_END = `(?:(?<=[${W}])(?![${W}])|(?<![${W}]))`;

interface CompiledTrigger {
  type: CueType;
  dir: CueDirection;
  scope: CueScope;
  anchors: string[];
  wordAnchors: boolean;
  re: RegExp;
}

const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);

/** True when `anchor` occurs in `clause` (lower case) where no word character precedes it. */
function atWordStart(clause: string, anchor: string): boolean {
  for (let at = clause.indexOf(anchor); at >= 0; at = clause.indexOf(anchor, at + 1)) {
    if (at === 0 || !isWordChar(clause.charCodeAt(at - 1))) return true;
  }
  return false;
}

function mayMatch(t: CompiledTrigger, clause: string): boolean {
  return t.wordAnchors
    ? t.anchors.some((a) => atWordStart(clause, a))
    : t.anchors.some((a) => clause.includes(a));
}

// A match may start only at a candidate position: a character that is not a space and either is not a
// word character or starts a word. One global search per trigger group and clause finds, at each
// candidate in turn, what a sticky match there would (the engine tries positions left to right), in
// one call instead of one call per word; regexes are compiled on first use.
const CANDIDATE = `(?=[^ ])(?:(?![${W}])|(?<![${W}]))`;
const COMPILED: CompiledTrigger[] = TRIGGERS.map((t) => ({
  type: t.type,
  dir: t.dir,
  scope: t.scope,
  anchors: t.anchors,
  wordAnchors: t.wordAnchors ?? false,
  // The edge after the alternation backtracks into it, as one inside each alternative would.
  re: new RegExp(`${CANDIDATE}(?:${t.phrases.map((p) => `(?:${p})`).join('|')})${EDGE_END}`, 'g'),
}));

// "3 year old", "5-year-old": age, not an old (past) condition.
function isAgeOld(text: string, start: number, matched: string): boolean {
  return (
    matched === 'old' && /(?:year|yr|month|week|day)s?[- ]$/.test(text.slice(Math.max(0, start - 7), start))
  );
}

// "ruled out" / "excluded" in the active voice, with its object after it ("the X-ray ruled out
// pneumonia"), reads forward; "PE excluded", "DVT ruled out on Doppler", "PE excluded CTPA negative"
// read back. The object starts with a lower-case word that is not a preposition or adverb.
const OBJECT_START = /^\s+(?:(?:a|an|the|any)\s+)?([a-z][a-z-]*)/;
const NOT_OBJECT =
  /^(?:on|by|with|in|at|after|following|as|and|or|but|for|from|via|today|yesterday|clinically|radiologically|now|previously|already|too|also|then|so|if|pending|awaiting)$/;

function isActiveRuleOut(
  t: CompiledTrigger,
  matched: string,
  text: string,
  lower: string,
  end: number,
  to: number,
): boolean {
  if (t.type !== 'negated' || t.dir !== 'post' || !/^(?:ruled out|excluded)$/.test(matched)) return false;
  const m = OBJECT_START.exec(lower.slice(end, Math.min(to, end + 40)));
  if (!m || NOT_OBJECT.test(m[1]!)) return false;
  const first = end + m[0].length - m[1]!.length;
  return /[a-z]/.test(text[first] ?? '');
}

/**
 * Finds every cue between `from` and `to` in `text`. Characters set to spaces in `text` (masked
 * qualifiers) never match. Earlier trigger groups win overlaps; within a group, the longest match.
 */
export function findCues(text: string, from: number, to: number): Cue[] {
  let lower = text.slice(0, to).toLowerCase();
  // Lower-casing can change lengths for a few scripts; positions must stay the item's.
  if (lower.length !== to) lower = text.slice(0, to).replace(/[A-Z]/g, (c) => c.toLowerCase());
  if (from >= to) return [];
  const taken = new Uint8Array(to);
  const cues: Cue[] = [];
  const clause = lower.slice(from);
  for (const t of COMPILED) {
    if (!mayMatch(t, clause)) continue;
    t.re.lastIndex = from;
    for (let m = t.re.exec(lower); m; m = t.re.exec(lower)) {
      const at = m.index;
      // The next search starts one character on, as the next candidate's sticky match would.
      t.re.lastIndex = at + 1;
      if (taken[at] || m[0].length === 0) continue;
      const end = at + m[0].length;
      if (taken.subarray(at, end).some(Boolean) || isAgeOld(lower, at, m[0])) continue;
      taken.fill(1, at, end);
      cues.push({
        type: t.type,
        dir: isActiveRuleOut(t, m[0], text, lower, end, to) ? 'pre' : t.dir,
        scope: t.scope,
        start: at,
        end,
        text: text.slice(at, end).trim(),
      });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}
