/**
 * Title composition: make a subdivision-only title ("Without complications") read on its own
 * ("Type 2 diabetes mellitus: without complications"). Pure; any context.
 */

/** Words to keep capitalised when they lead a subdivision (proper nouns, organisms). */
export type CaseOracle = (word: string) => boolean;

/**
 * Learn, from a list of titles, which words are ordinary lower-case words: a word counts as common
 * when it appears in lower case (not leading a title) more often than capitalised.
 */
export function learnCommonWords(titles: Iterable<string>): CaseOracle {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const t of titles) {
    // Skip the word that leads each segment ("Head - With coma", "Head: with coma"): it is capitalised by position.
    const words = t.split(/ - |: |; /).flatMap((seg) => seg.split(/\s+/).slice(1));
    for (const w of words) {
      const clean = w.replace(/[^A-Za-z-]/g, '');
      if (!clean) continue;
      const key = clean.toLowerCase();
      const m = clean[0] === clean[0]!.toLowerCase() ? lower : upper;
      m.set(key, (m.get(key) ?? 0) + 1);
    }
  }
  return (word) => {
    const key = word.replace(/[^A-Za-z-]/g, '').toLowerCase();
    return (lower.get(key) ?? 0) > (upper.get(key) ?? 0);
  };
}

/** Lower-case the leading word of a subdivision when it is a common word ("With coma" -> "with coma"). */
export function lowerLead(text: string, isCommon: CaseOracle): string {
  const m = /^([A-Z][a-z-]*)(\b.*)$/s.exec(text);
  if (!m || !isCommon(m[1]!)) return text;
  return m[1]!.toLowerCase() + m[2]!;
}

/** "Type 2 diabetes mellitus" + "Without complications" -> "Type 2 diabetes mellitus: without complications". */
export function composeTitle(head: string, sub: string, isCommon: CaseOracle): string {
  return `${head.trim()}: ${lowerLead(sub.trim(), isCommon)}`;
}

/** Split a usage-table title "Head - Subdivision" at its first " - " (null when not composed). */
export function splitComposed(title: string): { head: string; sub: string } | null {
  const i = title.indexOf(' - ');
  if (i <= 0) return null;
  return { head: title.slice(0, i).trim(), sub: title.slice(i + 3).trim() };
}
