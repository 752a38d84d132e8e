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

const EDGE_START = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?=[^\\p{L}\\p{N}]))';
const EDGE_END = '(?:(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}])|(?<=[^\\p{L}\\p{N}]))';

interface CompiledTrigger {
  type: CueType;
  dir: CueDirection;
  scope: CueScope;
  re: RegExp;
}

const COMPILED: CompiledTrigger[] = TRIGGERS.map((t) => ({
  type: t.type,
  dir: t.dir,
  scope: t.scope,
  // One alternation per trigger group. Word boundaries sit inside each alternative, so the regex
  // backtracks to the next alternative ("no" fails inside "not", "not" is tried); a phrase edge that
  // is punctuation ("?", "-free") needs no boundary.
  re: new RegExp(t.phrases.map((p) => `${EDGE_START}(?:${p})${EDGE_END}`).join('|'), 'giu'),
}));

// "3 year old", "5-year-old": age, not an old (past) condition.
function isAgeOld(text: string, start: number, matched: string): boolean {
  return (
    /^old$/i.test(matched) &&
    /(?:year|yr|month|week|day)s?[- ]$/i.test(text.slice(Math.max(0, start - 7), start))
  );
}

/**
 * Finds every cue between `from` and `to` in `text`. Characters set to spaces in `text` (masked
 * qualifiers) never match. Earlier trigger groups win overlaps; within a group, the longest match.
 */
export function findCues(text: string, from: number, to: number): Cue[] {
  const taken: boolean[] = [];
  const cues: Cue[] = [];
  const slice = text.slice(0, to);
  for (const t of COMPILED) {
    t.re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = t.re.exec(slice))) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        t.re.lastIndex++;
        continue;
      }
      const free = !taken.slice(start, end).some(Boolean);
      if (free && !isAgeOld(slice, start, m[0])) {
        for (let i = start; i < end; i++) taken[i] = true;
        cues.push({ type: t.type, dir: t.dir, scope: t.scope, start, end, text: m[0].trim() });
      } else {
        // Retry one character on, so a shorter alternative can still match inside this range.
        t.re.lastIndex = start + 1;
      }
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}
