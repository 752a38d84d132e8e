/**
 * Splits an item's text into clauses (lines, numbered entries, bullets, semicolons, sentences) and a
 * clause into its head and qualifiers (" - resolved", "(2019)"). Positions are character offsets into
 * the item's text, so mentions can be highlighted on the page. Pure; any context.
 */

import { asciiLower } from './words';

/** A range of an item's text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

// Words after which "3." ends a sentence rather than starting entry 3 ("CKD stage 3. Hypertension").
const NUMBER_WORDS =
  /(?:stage|type|grade|class|level|phase|day|days|week|weeks|no|gcs|score|x|aged?|for|of|at|in|on)\s*$/i;
// Words whose trailing full stop is not a sentence end, and any single letter: the regex
// `(?:^|[\s(])(?:dr|mr|...|[a-z])$` (flag `i`) as a set lookup of the last word (cheaper cold).
const DOT_WORDS = new Set(
  'dr mr mrs ms st e.g i.e approx vs no fig etc ca cf pt yr yrs wk wks hr hrs min mins'.split(' '),
);
const WORD_EDGE = /[\s(]/;

/** True when `before` (the text before a full stop) ends in one of DOT_WORDS or a single letter. */
export function endsWithDotWord(before: string): boolean {
  let k = before.length;
  while (k > 0 && !WORD_EDGE.test(before[k - 1]!)) k--;
  const word = asciiLower(before.slice(k));
  return DOT_WORDS.has(word) || (word.length === 1 && word >= 'a' && word <= 'z');
}

/** Separator ranges between clauses: line breaks, semicolons, bullets, numbered markers, sentence ends. */
function clauseCuts(text: string): Span[] {
  const cuts: Span[] = [];
  const add = (start: number, end: number): void => void cuts.push({ start, end });
  for (const m of text.matchAll(/\r?\n|;|(?<=^|\s)[•·▪◦●*](?=\s)|(?<=^|\n)[ \t]*[-–—](?=\s)/g)) {
    add(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(/(?<=^|[\s,;:(])\(?(\d{1,2})[.)](?=\s*[\p{L}?#(])/gu)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/\d:$/.test(before)) continue; // a time ("at 01:30.") is not entry 30
    if (m.index > 0 && NUMBER_WORDS.test(before)) {
      // "stage 3." keeps its number; only the full stop (if any) ends the sentence.
      if (m[0].endsWith('.')) add(m.index + m[0].length - 1, m.index + m[0].length);
    } else add(m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(/[.!](?=\s+[\p{Lu}\d(?#]|\s*$)/gu)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (/\d$/.test(before) && /^\.\d/.test(text.slice(m.index, m.index + 2))) continue;
    if (!endsWithDotWord(before) || m.index === text.length - 1) add(m.index, m.index + 1);
  }
  return cuts.sort((a, b) => a.start - b.start);
}

/** Trims whitespace and stray punctuation off a span's edges. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,.:;]/.test(text[start]!)) start++;
  while (end > start && /[\s,:;]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Splits an item's text into non-empty clauses; cues never reach across a clause boundary. */
export function splitClauses(text: string): Span[] {
  const clauses: Span[] = [];
  let at = 0;
  for (const cut of clauseCuts(text)) {
    if (cut.start < at) continue;
    clauses.push({ start: at, end: cut.start });
    at = cut.end;
  }
  clauses.push({ start: at, end: text.length });
  return clauses.map((c) => trimSpan(text, c)).filter((c) => c.end > c.start);
}

/** A qualifier's range; `bracket` when it was in brackets (and so is blanked in `masked`). */
export interface Qualifier extends Span {
  bracket: boolean;
}

/** A clause's parts: the head (brackets blanked out in `masked`) and its qualifiers, in order. */
export interface ClauseParts {
  head: Span;
  /** Bracketed text and text after a dash or colon, each as its own span (without the brackets). */
  qualifiers: Qualifier[];
}

/**
 * Splits a clause at its first dash (" - ", "–", "—") or ": " and lifts out bracketed text. `masked` is
 * the item text with those brackets' contents blanked, so cue and list rules only read the head.
 */
export function splitQualifiers(text: string, clause: Span, masked: string[]): ClauseParts {
  const qualifiers: Qualifier[] = [];
  const body = text.slice(clause.start, clause.end);
  for (const m of body.matchAll(/\(([^()]*)\)|\[([^[\]]*)\]/g)) {
    const start = clause.start + m.index;
    const end = start + m[0].length;
    for (let i = start; i < end; i++) masked[i] = ' ';
    qualifiers.push({ ...trimSpan(text, { start: start + 1, end: end - 1 }), bracket: true });
  }
  let head: Span = { start: clause.start, end: clause.end };
  const maskedBody = masked.slice(clause.start, clause.end).join('');
  const dash = /\s[-–—]+\s|[–—]|:\s/.exec(maskedBody);
  if (dash && dash.index > 0) {
    head = { start: clause.start, end: clause.start + dash.index };
    let at = clause.start + dash.index + dash[0].length;
    const rest = maskedBody.slice(dash.index + dash[0].length);
    for (const m of rest.matchAll(/\s[-–—]+\s|[–—]/g)) {
      const end = clause.start + dash.index + dash[0].length + m.index;
      qualifiers.push({ start: at, end, bracket: false });
      at = end + m[0].length;
    }
    qualifiers.push({ start: at, end: clause.end, bracket: false });
  }
  return {
    head: trimSpan(text, head),
    qualifiers: qualifiers
      .map((q) => ({ ...trimSpan(text, q), bracket: q.bracket }))
      .filter((q) => q.end > q.start)
      .sort((a, b) => a.start - b.start),
  };
}
