/**
 * Word-list matching without large regular expressions: a content script starts cold on every page
 * load, and V8 compiles each regex on first use, so a case-insensitive alternation of a few hundred
 * words costs milliseconds before it matches anything. These matchers read the text once and look
 * words up in tables built on first use. Each one matches exactly what the regex it replaces matched
 * (the regex is given in its doc comment). Pure; any context.
 */

const NON_ASCII_LETTER = /\p{L}/u;
const NON_ASCII_NUMBER = /\p{N}/u;
// Anything but printable ASCII, tab and line breaks: such text is folded character by character.
const NOT_PLAIN_ASCII = /[^ -~\t\n\r]/;

/**
 * Case folding as a case-insensitive Unicode regex (flags `iu`) applies it to ASCII patterns: A-Z,
 * the Kelvin sign (K) and the long s (ſ) match their ASCII lower-case letters; nothing else does.
 * The result has the text's length, so positions carry over.
 */
export function foldCase(text: string): string {
  if (!NOT_PLAIN_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if (c === 0x212a) out += 'k';
    else if (c === 0x17f) out += 's';
    else out += text[i];
  }
  return out;
}

/**
 * Case folding as a case-insensitive regex without the `u` flag applies it: A-Z only (the result has
 * the text's length).
 */
export function asciiLower(text: string): string {
  if (!NOT_PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** The ASCII letters `lower` (lower case) starts with: "follow" of "follow-up". */
export function firstLetters(lower: string): string {
  let i = 0;
  for (; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 97 || c > 122) break;
  }
  return lower.slice(0, i);
}

/** `\p{L}` at `i` (false past the ends). */
export function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return NON_ASCII_LETTER.test(text[i]!);
}

/** `\p{N}` at `i` (false past the ends). */
export function isNumberAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57;
  return NON_ASCII_NUMBER.test(text[i]!);
}

/** `\w` at `i` in folded text (ASCII letters, digits, underscore). */
export function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
}

/**
 * How a listed word may go on: `exact` ends there; `stem` takes any `\w*` (`diabet\w*`), `stem+` at
 * least one (`hypo\w+`).
 */
export type Tail = 'exact' | 'stem' | 'stem+';

/** One listed word (lower case, ASCII), with the tail it takes. */
export interface WordEntry {
  word: string;
  tail: Tail;
}

/** Expands a word spec's brackets: "(x)" is optional, "(x|y)" a choice, "(|x|y)" an optional choice. */
function expand(spec: string): string[] {
  const at = spec.indexOf('(');
  if (at < 0) return [spec];
  const close = spec.indexOf(')', at);
  const head = spec.slice(0, at);
  const options = spec.slice(at + 1, close).split('|');
  const rest = expand(spec.slice(close + 1));
  const choices = options.length === 1 ? ['', options[0]!] : options;
  return choices.flatMap((o) => rest.map((r) => head + o + r));
}

/**
 * Parses a word list: `word`, `stem*` (`\w*`), `stem+` (`\w+`); `(x)` is optional, `(x|y)` a choice
 * and `(|x|y)` an optional choice ("injur(y|ies)", "tumo(u)r(s)", "nil(| else| of note)").
 */
export function wordList(specs: readonly string[]): WordEntry[] {
  return specs.flatMap((spec) => {
    const tail: Tail = spec.endsWith('*') ? 'stem' : spec.endsWith('+') ? 'stem+' : 'exact';
    const body = tail === 'exact' ? spec : spec.slice(0, -1);
    return expand(body).map((word) => ({ word, tail }));
  });
}

function byPrefix(entries: readonly WordEntry[]): Map<string, WordEntry[]> {
  const map = new Map<string, WordEntry[]>();
  for (const e of entries) {
    const key = e.word.slice(0, 2);
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  }
  return map;
}

/** True when `e` matches folded `lower` at `at`, ended as `end(lower, position)` requires. */
function entryAt(
  lower: string,
  at: number,
  e: WordEntry,
  end: (lower: string, i: number) => boolean,
): boolean {
  if (!lower.startsWith(e.word, at)) return false;
  let i = at + e.word.length;
  if (e.tail === 'exact') return end(lower, i);
  // `\w*` backtracks: any end inside the run of word characters will do.
  if (e.tail === 'stem+') {
    if (!isWordAt(lower, i)) return false;
    i++;
  }
  for (;;) {
    if (end(lower, i)) return true;
    if (!isWordAt(lower, i)) return false;
    i++;
  }
}

const notLetter = (s: string, i: number): boolean => !isLetterAt(s, i);
// Runs of letters and of word characters (folded text: `\w` is ASCII there).
const LETTER_RUN = /\p{L}+/gu;
const WORD_RUN = /\w+/g;
const notWord = (s: string, i: number): boolean => !isWordAt(s, i);

/**
 * Start and end of each run (flat pairs), cached for the last text and pattern: several matchers
 * (a clinical-word check reads suffixes, then words) read the same text one after another.
 */
function runsOf(text: string, pattern: RegExp, cache: { text?: string; runs: number[] }): number[] {
  if (cache.text === text) return cache.runs;
  const runs: number[] = [];
  for (const m of text.matchAll(pattern)) runs.push(m.index, m.index + m[0].length);
  cache.text = text;
  cache.runs = runs;
  return runs;
}
const letterRunCache: { text?: string; runs: number[] } = { runs: [] };
const wordRunCache: { text?: string; runs: number[] } = { runs: [] };
const letterRuns = (text: string): number[] => runsOf(text, LETTER_RUN, letterRunCache);
const wordRuns = (text: string): number[] => runsOf(text, WORD_RUN, wordRunCache);

const notLetterOrNumber = (s: string, i: number): boolean => !isLetterAt(s, i) && !isNumberAt(s, i);
const always = (): boolean => true;

/**
 * A matcher for listed words that start where a run (`runs`) starts, may start there (`startOk`),
 * and end where `end` holds: the shape all three bounded-word matchers share.
 */
function boundedWords(
  specs: readonly string[],
  runs: (lower: string) => number[],
  startOk: (lower: string, i: number) => boolean,
  end: (lower: string, i: number) => boolean,
): (lower: string) => boolean {
  let table: Map<string, WordEntry[]> | undefined;
  return (lower) => {
    table ??= byPrefix(wordList(specs));
    const at = runs(lower);
    for (let k = 0; k < at.length; k += 2) {
      const i = at[k]!;
      if (!startOk(lower, i)) continue;
      const list = table.get(lower.slice(i, i + 2));
      if (list?.some((e) => entryAt(lower, i, e, end))) return true;
    }
    return false;
  };
}

/**
 * `(?<![\p{L}])(?:w1|w2|...)(?![\p{L}])` with flags `iu`: a listed word starting where no letter
 * precedes it (a run of letters starts there) and followed by no letter. Words must start with an
 * ASCII letter.
 */
export const letterBoundedWords = (specs: readonly string[]) =>
  boundedWords(specs, letterRuns, always, notLetter);

/**
 * `(?<![\p{L}\p{N}])(?:w1|w2|...)(?![\p{L}\p{N}])` with flags `iu`: a listed word that no letter or
 * number precedes or follows. Words must start with an ASCII letter.
 */
export const alnumBoundedWords = (specs: readonly string[]) =>
  boundedWords(specs, letterRuns, (lower, i) => !isNumberAt(lower, i - 1), notLetterOrNumber);

/**
 * `\b(?:w1|w2|...)\b` with flag `i` or `iu` (ASCII words): a listed word that is a whole run of word
 * characters. Words must start and end with an ASCII letter or digit.
 */
export const wordBoundedWords = (specs: readonly string[]) => boundedWords(specs, wordRuns, always, notWord);

/**
 * `\p{L}{n,}(?:s1|s2|...)END` with flag `iu`, END being `(?![\p{L}])` (`letter`) or `\b` (`word`): a
 * run of letters with at least `n` letters before a listed ending. Endings are ASCII letters.
 */
export function suffixes(
  specs: readonly string[],
  minBefore: number,
  end: 'letter' | 'word',
): (lower: string) => boolean {
  let table: Map<string, string[]> | undefined;
  return (lower) => {
    if (!table) {
      table = new Map();
      for (const { word } of wordList(specs)) {
        const key = word[word.length - 1]!;
        table.set(key, [...(table.get(key) ?? []), word]);
      }
    }
    // The ending is ASCII letters followed by END, so it ends a run of letters (`letter`) or of word
    // characters (`word`); the letters before it run back from there.
    const runs = end === 'letter' ? letterRuns(lower) : wordRuns(lower);
    for (let k = 0; k < runs.length; k += 2) {
      const i = runs[k + 1]!;
      const list = table.get(lower[i - 1]!);
      if (!list) continue;
      for (const s of list) {
        const at = i - s.length;
        if (at < minBefore || !lower.startsWith(s, at)) continue;
        let letters = 0;
        for (let k = at - 1; k >= 0 && letters < minBefore && isLetterAt(lower, k); k--) letters++;
        if (letters >= minBefore) return true;
      }
    }
    return false;
  };
}
