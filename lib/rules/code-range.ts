/**
 * Code ranges as the reference books write them (`C77-C79`, `V01-Y98`, `R03.0`, `E10-E14`).
 * Pure; any context. Ranges are compiled once, when a rule table is built, into plain string
 * comparisons, so checking a code is a few comparisons.
 */

/** A compiled code set: true when a canonical code (`C78.7`, `I10`) falls inside it. */
export type CodeMatcher = (code: string) => boolean;

const CATEGORY_RANGE = /^([A-Z]\d{2})-([A-Z]\d{2})$/;
const CODE_PREFIX = /^[A-Z]\d{2}(\.[0-9X]\d?)?$/;

/**
 * Compile one spec: `A-B` is every code whose 3-character category lies between A and B
 * inclusive (`V01-Y98` spans letters); `R10` is the category and its subdivisions; `R03.0` the
 * subcategory and its 5th characters.
 */
export function compileSpec(spec: string): CodeMatcher {
  const s = spec.trim().toUpperCase();
  const range = CATEGORY_RANGE.exec(s);
  if (range) {
    const [, from, to] = range as unknown as [string, string, string];
    if (from > to) throw new Error(`code range ${spec} runs backwards`);
    return (code) => {
      const cat = code.slice(0, 3);
      return cat >= from && cat <= to;
    };
  }
  if (!CODE_PREFIX.test(s)) throw new Error(`not a code range: ${spec}`);
  return (code) => code === s || code.startsWith(s.length === 3 ? `${s}.` : s);
}

/** Compile a list of specs into one matcher (a code matches when any spec matches). */
export function codeSet(specs: readonly string[]): CodeMatcher {
  const matchers = specs.map(compileSpec);
  return (code) => matchers.some((m) => m(code));
}

/** The 3-character category of a canonical code (`C78.7` -> `C78`). */
export function categoryOf(code: string): string {
  return code.slice(0, 3);
}
