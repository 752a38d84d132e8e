/**
 * Phrase tables: a `\b(...)\b` alternation of wordings, matched word by word on folded text (only
 * [a-z0-9] words and single spaces, as `foldHeading` gives), without compiling the regex. A content
 * script starts cold on every page load, and V8 compiles a regex on first use: a large alternation
 * costs milliseconds before it matches anything. Pure; any context.
 *
 * On folded text a match of such a regex starts at a word and covers whole words, so it is one of
 * its spelled-out wordings. A table lists the wordings in the regex's order of preference (its
 * alternatives in order; an optional part taken before left out), so the first wording found at the
 * first place where any is found is the match `exec` returns. Specs:
 * - `(a|b)` a choice, `(a)` an optional part (`(a|b|)` an optional choice), not nested; any part may
 *   hold spaces ("follow( )up" is "follow up", then "followup");
 * - `<letters>` one word of letters (`[a-z]+ `), `<digits>` one of digits (`\d+`), `<rest>` one or
 *   more words to the end (` .*` before a final `\b`), `<upto8>` up to eight words to the end
 *   (`( [a-z0-9]+){0,8}$`);
 * - a leading `^` anchors the wording at the start (`^(...)`); a leading `!` refuses a place right
 *   after a word ending in a letter (`(?<![a-z] )`).
 * Each table's doc gives the regex it replaces; tests compare the two on every wording and more.
 */
import { sIndexOf, sSlice, sSplitAt } from './safe-dom';

/** `s` split at each `sep` (captured `split` with a string: no regex); [] for ''. */
export function splitOn(s: string, sep: string): string[] {
  return s === '' ? [] : sSplitAt(s, sep);
}

interface Phrase {
  words: string[];
  /** Only at the first word (`^`). */
  anchored: boolean;
  /** Not right after a word that ends in a letter (`(?<![a-z] )`). */
  notAfterLetter: boolean;
}

/** A table's wordings by first word (always a plain word), each list in order of preference. */
export type PhraseTable = Map<string, Phrase[]>;

/** Spells out a spec's groups, in order of preference (see the module comment). */
export function expandSpec(spec: string): string[] {
  const open = sIndexOf(spec, '(');
  if (open < 0) return [spec];
  const close = sIndexOf(sSlice(spec, open), ')') + open;
  const head = sSlice(spec, 0, open);
  let options = splitOn(sSlice(spec, open + 1, close), '|');
  if (options.length === 1) options = [options[0]!, ''];
  const rest = expandSpec(sSlice(spec, close + 1));
  const out: string[] = [];
  for (let i = 0; i < options.length; i++) {
    for (let j = 0; j < rest.length; j++) out[out.length] = head + options[i]! + rest[j]!;
  }
  return out;
}

/** Builds a table from specs (see the module comment). */
export function phraseTable(specs: readonly string[]): PhraseTable {
  const table: PhraseTable = new Map();
  for (let s = 0; s < specs.length; s++) {
    let spec = specs[s]!;
    const anchored = spec[0] === '^';
    const notAfterLetter = spec[0] === '!';
    if (anchored || notAfterLetter) spec = sSlice(spec, 1);
    const spellings = expandSpec(spec);
    for (let i = 0; i < spellings.length; i++) {
      const parts = splitOn(spellings[i]!, ' ');
      const words: string[] = [];
      for (let k = 0; k < parts.length; k++) if (parts[k] !== '') words[words.length] = parts[k]!;
      const list = table.get(words[0]!);
      const phrase = { words, anchored, notAfterLetter };
      if (list) list[list.length] = phrase;
      else table.set(words[0]!, [phrase]);
    }
  }
  return table;
}

function allIn(w: string, lo: string, hi: string): boolean {
  for (let i = 0; i < w.length; i++) if (w[i]! < lo || w[i]! > hi) return false;
  return true;
}

/** Where a wording found at word `p` ends (the index of the word after it), or -1. */
function endAt(phrase: Phrase, words: string[], p: number): number {
  if (phrase.anchored && p !== 0) return -1;
  if (phrase.notAfterLetter && p > 0) {
    const before = words[p - 1]!;
    const last = before[before.length - 1]!;
    if (last >= 'a' && last <= 'z') return -1;
  }
  let at = p;
  for (let i = 0; i < phrase.words.length; i++) {
    const slot = phrase.words[i]!;
    if (slot === '<rest>') return at < words.length ? words.length : -1;
    if (slot === '<upto8>') return words.length - at <= 8 ? words.length : -1;
    if (at >= words.length) return -1;
    const w = words[at]!;
    if (slot === '<letters>' ? !allIn(w, 'a', 'z') : slot === '<digits>' ? !allIn(w, '0', '9') : w !== slot)
      return -1;
    at++;
  }
  return at;
}

/**
 * What the regex's `exec` finds in folded text with these words: 0 nothing, 1 a match of the whole
 * text, 2 a match of part of it. `test` is true when this is not 0.
 */
export function findPhrase(table: PhraseTable, words: string[]): 0 | 1 | 2 {
  for (let p = 0; p < words.length; p++) {
    const list = table.get(words[p]!);
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const end = endAt(list[i]!, words, p);
      if (end >= 0) return p === 0 && end === words.length ? 1 : 2;
    }
  }
  return 0;
}
