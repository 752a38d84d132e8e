/**
 * Dates and years in a mention ("in 2015", "dx 03/2019", "since Mar 2019", "12/01/2020", "10:30",
 * "1990s"), found by a scanner instead of one large regex: compiling it cost a cold content script
 * over 4 ms. `findDates` returns exactly the matches, in order, of the global, case-insensitive regex
 *
 *   (?:\b(?:in|since|from|dx|diagnosed|diagnosed in|circa|c\.|on|at|age|aged|at age)\s+)?
 *   (?:\b\d{1,2}:\d{2}\b | \b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b | \b\d{1,2}[/.-](?:19|20)\d{2}\b
 *    | \b(?:\d{1,2}\s+)?MONTH\s+(?:19|20)\d{2}\b | \b(?:19|20)\d{2}s?\b | \b'\d{2}\b)
 *
 * with MONTH the month names and short forms and an optional full stop (dates.test.ts compares the
 * two). Month names only: "dec" must not take "decompression 2015" for a date. Pure; any context.
 */
import type { Span } from './split';
import { asciiLower } from './words';

const LEAD_INS = [
  'in',
  'since',
  'from',
  'dx',
  'diagnosed',
  'diagnosed in',
  'circa',
  'c.',
  'on',
  'at',
  'age',
  'aged',
  'at age',
];
// Each month's forms in the order the regex tries them (longest first).
const MONTHS = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];
const SPACE = /\s/;

const isDigit = (s: string, i: number) =>
  i >= 0 && i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;
// `\w` without the `u` flag: ASCII letters, digits and the underscore.
function isWord(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
const boundary = (s: string, i: number) => isWord(s, i - 1) !== isWord(s, i);
const isSeparator = (s: string, i: number) => s[i] === '/' || s[i] === '.' || s[i] === '-';
const isSpace = (s: string, i: number) => i < s.length && SPACE.test(s[i]!);

/** End of the run of whitespace at `i` (`\s+`), or -1 when there is none. */
function spaces(s: string, i: number): number {
  if (!isSpace(s, i)) return -1;
  while (isSpace(s, i)) i++;
  return i;
}

/** The lengths `\d{1,2}` can take at `i`, greedy first. */
function dayDigits(s: string, i: number): number[] {
  if (!isDigit(s, i)) return [];
  return isDigit(s, i + 1) ? [2, 1] : [1];
}

/** `(?:19|20)\d{2}` at `i`: its end, or -1. */
function century(s: string, i: number): number {
  const two = s.slice(i, i + 2);
  return (two === '19' || two === '20') && isDigit(s, i + 2) && isDigit(s, i + 3) ? i + 4 : -1;
}

function time(s: string, i: number): number {
  for (const k of dayDigits(s, i)) {
    const c = i + k;
    if (s[c] === ':' && isDigit(s, c + 1) && isDigit(s, c + 2) && boundary(s, c + 3)) return c + 3;
  }
  return -1;
}

function numericDate(s: string, i: number): number {
  for (const a of dayDigits(s, i)) {
    if (!isSeparator(s, i + a)) continue;
    const j = i + a + 1;
    for (const b of dayDigits(s, j)) {
      if (!isSeparator(s, j + b)) continue;
      const y = j + b + 1;
      for (const n of [4, 2]) {
        let all = true;
        for (let d = 0; d < n; d++) all &&= isDigit(s, y + d);
        if (all && boundary(s, y + n)) return y + n;
      }
    }
  }
  return -1;
}

function monthYear(s: string, i: number): number {
  for (const a of dayDigits(s, i)) {
    if (!isSeparator(s, i + a)) continue;
    const end = century(s, i + a + 1);
    if (end >= 0 && boundary(s, end)) return end;
  }
  return -1;
}

/** `MONTH\s+(?:19|20)\d{2}\b` at `i`. */
function monthNameYear(s: string, lower: string, i: number): number {
  for (const forms of MONTHS) {
    for (const form of forms) {
      if (!lower.startsWith(form, i)) continue;
      const after = i + form.length;
      for (const stop of lower[after] === '.' ? [1, 0] : [0]) {
        const ws = spaces(s, after + stop);
        const end = ws < 0 ? -1 : century(s, ws);
        if (end >= 0 && boundary(s, end)) return end;
      }
    }
  }
  return -1;
}

function namedDate(s: string, lower: string, i: number): number {
  for (const a of dayDigits(s, i)) {
    const ws = spaces(s, i + a);
    if (ws < 0) continue;
    const end = monthNameYear(s, lower, ws);
    if (end >= 0) return end;
  }
  return monthNameYear(s, lower, i);
}

function year(s: string, i: number): number {
  const end = century(s, i);
  if (end < 0) return -1;
  if (s[end] === 's' && boundary(s, end + 1)) return end + 1;
  return boundary(s, end) ? end : -1;
}

function shortYear(s: string, i: number): number {
  return s[i] === "'" && isDigit(s, i + 1) && isDigit(s, i + 2) && boundary(s, i + 3) ? i + 3 : -1;
}

/** The date alternatives at `i`, in the regex's order: the end of the first that matches, or -1. */
function dateAt(s: string, lower: string, i: number): number {
  if (!boundary(s, i)) return -1;
  let end = time(s, i);
  if (end < 0) end = numericDate(s, i);
  if (end < 0) end = monthYear(s, i);
  if (end < 0) end = namedDate(s, lower, i);
  if (end < 0) end = year(s, i);
  if (end < 0) end = shortYear(s, i);
  return end;
}

/** A match starting at `i` (a lead-in first, as the regex tries it), or -1. */
function matchAt(s: string, lower: string, i: number): number {
  if (boundary(s, i)) {
    for (const lead of LEAD_INS) {
      if (!lower.startsWith(lead, i)) continue;
      const ws = spaces(s, i + lead.length);
      const end = ws < 0 ? -1 : dateAt(s, lower, ws);
      if (end >= 0) return end;
    }
  }
  return dateAt(s, lower, i);
}

/** Every date in `text`, left to right, as the global regex finds them. */
export function findDates(text: string): Span[] {
  const lower = asciiLower(text);
  const out: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const end = matchAt(text, lower, i);
    if (end < 0) continue;
    out.push({ start: i, end });
    i = end - 1;
  }
  return out;
}
