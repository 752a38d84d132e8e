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
const IS_WORD = new RegExp(`[${W}]`);
// A phrase ending in a word character must not run into the next word ("no" inside "not"). Inside
// each alternative, so the regex backtracks to the next alternative.
const EDGE_END = `(?:(?<=[${W}])(?![${W}])|(?<![${W}]))`;

interface CompiledTrigger {
  type: CueType;
  dir: CueDirection;
  scope: CueScope;
  re: RegExp;
}

// Sticky: tried only at candidate positions (word starts and punctuation), which is what keeps
// analysis of a 5,000-word page within a few milliseconds.
const COMPILED: CompiledTrigger[] = TRIGGERS.map((t) => ({
  type: t.type,
  dir: t.dir,
  scope: t.scope,
  re: new RegExp(t.phrases.map((p) => `(?:${p})${EDGE_END}`).join('|'), 'y'),
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
  const candidates: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = lower[i]!;
    if (ch === ' ') continue;
    if (!IS_WORD.test(ch) || i === 0 || !IS_WORD.test(lower[i - 1]!)) candidates.push(i);
  }
  const taken = new Uint8Array(to);
  const cues: Cue[] = [];
  for (const t of COMPILED) {
    for (const at of candidates) {
      if (taken[at]) continue;
      t.re.lastIndex = at;
      const m = t.re.exec(lower);
      if (!m || m[0].length === 0) continue;
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
