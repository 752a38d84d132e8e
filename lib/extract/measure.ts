/**
 * Measurement lines: numbers, units and dates ("39+4 weeks", "Na 126") are results, not mentions.
 * Pure; any context.
 */
import { collapse, lower, reTest, sReplace, sSlice, sSplit } from './safe-dom';

// Numbers, dates, times and units, removed to see what words a line has besides them.
const MEASURE_TOKEN =
  /(^|\s)([<>≥≤~+-]?\d[\d.,:/+\-x×]*|%|kg|g|mg|mcg|micrograms?|ml|l|mmol|mol|umol|µmol|iu|units?|mm|cm|m|mmhg|bpm|°c|c|weeks?|wks?|days?|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|years?|yrs?|months?|am|pm|on|at|of|per|and)(?=\s|$|[,;.)])/gi;

// MEASURE_TOKEN's alternatives made only of ASCII letters (every one must be here; see plainWords).
const LETTER_TOKENS = new Set([
  'kg',
  'g',
  'mg',
  'mcg',
  'microgram',
  'micrograms',
  'ml',
  'l',
  'mmol',
  'mol',
  'umol',
  'iu',
  'unit',
  'units',
  'mm',
  'cm',
  'm',
  'mmhg',
  'bpm',
  'c',
  'week',
  'weeks',
  'wk',
  'wks',
  'day',
  'days',
  'hour',
  'hours',
  'hr',
  'hrs',
  'h',
  'minute',
  'minutes',
  'min',
  'mins',
  'second',
  'seconds',
  'sec',
  'secs',
  'year',
  'years',
  'yr',
  'yrs',
  'month',
  'months',
  'am',
  'pm',
  'on',
  'at',
  'of',
  'per',
  'and',
]);
const LONGEST_TOKEN = 10; // "micrograms"

const isAsciiLetter = (ch: string): boolean => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
// Characters that end a word for plainWords: ASCII whitespace (all `\s`) and the punctuation
// isMeasurement turns into spaces.
const isBreak = (ch: string): boolean =>
  ch === ' ' ||
  (ch >= '\t' && ch <= '\r') ||
  ch === '(' ||
  ch === ')' ||
  ch === ',' ||
  ch === ';' ||
  ch === ':' ||
  ch === '=';

/**
 * True when `text` has at least `min` words that isMeasurement's token removal leaves standing, found
 * without running MEASURE_TOKEN (a large case-insensitive regex, slow to compile cold). A word that
 * starts with an ASCII letter, after a break or at the start, can only be removed by a letter token
 * (the numeric one starts with a sign or digit, the others with "%", "°", "µ"), and a letter token
 * must be followed by a space, the end or [,;.)]: so only when its leading letters are all a token.
 * Otherwise its first letter survives, as a word of its own. Words starting otherwise are not
 * counted (the answer may then be false where the regex would find more: callers fall back to it).
 */
export function plainWords(text: string, min: number): boolean {
  let found = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (i > 0 && !isBreak(text[i - 1]!)) continue;
    if (!isAsciiLetter(text[i]!)) continue;
    let k = i + 1;
    while (k < n && isAsciiLetter(text[k]!)) k++;
    if (k - i > LONGEST_TOKEN || !LETTER_TOKENS.has(lower(sSlice(text, i, k)))) {
      if (++found >= min) return true;
    }
    i = k - 1;
  }
  return false;
}

/**
 * True for a line that is only numbers, units and dates ("39+4 weeks", "12/01/2026 14:30"), or, in a
 * prose section, a short name with a value ("Na 126", "Lactate 3.1"): results, not mentions.
 */
export function isMeasurement(text: string, prose: boolean): boolean {
  // A word left standing means letters remain (false outside prose); three mean more than two words.
  if (plainWords(text, prose ? 3 : 1)) return false;
  if (!reTest(/\d/, text)) return false;
  const words = collapse(sReplace(sReplace(text, /[(),;:=]/g, ' '), MEASURE_TOKEN, ' '));
  const letters = sReplace(words, /[^A-Za-z]/g, '');
  if (letters.length === 0) return true;
  if (!prose) return false;
  // "Na 126", "Lactate 3.1 on arrival": a result. "CKD 3" or "MI 2019" may be a condition; keep them.
  const value = reTest(/(^|\s)\d+\.\d+|(^|\s)(?!(19|20)\d\d\b)\d{2,4}\b/, text);
  return value && sSplit(words, / /).length <= 2;
}
