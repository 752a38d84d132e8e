/**
 * Node-only (data build): content words of a code title, for comparing what an ICD-10-CM code and the
 * UK code it truncates to mean. Titles are folded to one spelling (UK -> US), a few organ adjectives
 * are folded to one form, generic words are dropped and the rest are lightly stemmed.
 */

/** Words that say nothing about which sibling a code is (including the with/without polarity). */
const GENERIC = new Set(
  (
    'a an and or the of in on to by for as at from with without due other unspecified specified nec nos ' +
    'elsewhere classified not certain than which its their disease diseases disorder disorders condition ' +
    'conditions unsp site sites part parts organism'
  ).split(' '),
);

// The two releases name one thing differently: an organ by noun or adjective ("kidney"/"renal"),
// substance "abuse" (CM) is "harmful use" (WHO), and WHO "dislocation" includes CM "subluxation".
const SAME_THING: Record<string, string> = {
  abuse: 'harmful',
  subluxation: 'dislocation',
  kidney: 'renal',
  kidneys: 'renal',
  liver: 'hepatic',
  heart: 'cardiac',
  lung: 'pulmonary',
  lungs: 'pulmonary',
};

const SUFFIXES = ['ations', 'ation', 'ities', 'ity', 'ous', 'ive', 'ions', 'ion', 'ical', 'ic', 'al', 'ies'];
const TAIL = ['es', 'ed', 'ing', 's', 'y', 'e'];

/** UK -> US spelling, applied to both sides so only consistency matters. */
function fold(w: string): string {
  return w
    .replace(/ae|oe/g, 'e')
    .replace(/our$/, 'or')
    .replace(/tre$/, 'ter')
    .replace(/([iy])s(e|ed|ing|ation)$/, '$1z$2')
    .replace(/^sulph/, 'sulf');
}

/** Strip one derivational and one inflectional suffix, keeping at least four letters. */
export function stem(word: string): string {
  let w = fold(word.toLowerCase());
  w = SAME_THING[w] ?? w;
  for (const list of [SUFFIXES, TAIL]) {
    const s = list.find((x) => w.endsWith(x) && w.length - x.length >= 4);
    if (s) w = w.slice(0, -s.length);
  }
  return w;
}

/** The stemmed content words of a title, without its non-essential (parenthesised) modifiers. */
export function contentWords(title: string): string[] {
  const words = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^a-z0-9]+/)
    // Single letters are plural marks ("toe(s)") or list labels, not content.
    .filter((w) => (w.length > 1 || /\d/.test(w)) && !GENERIC.has(w));
  return [...new Set(words.map(stem))];
}

/** Two stems match when equal, or when one extends the other by a suffix the stemmer missed. */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 5 && l.startsWith(s);
}

/** Words of `words` that match none of `common` (the parent's words): what sets a child apart. */
export function distinctive(words: string[], common: string[]): string[] {
  return words.filter((w) => !common.some((c) => stemsMatch(w, c)));
}

/**
 * Dice similarity of two word lists, 0..1. Two empty lists (both titles say no more than their
 * parent, e.g. "X, unspecified" and "Other X") count as the same; one empty list as different.
 */
export function dice(a: string[], b: string[]): number {
  if (!a.length && !b.length) return 1;
  if (!a.length || !b.length) return 0;
  const shared = a.filter((w) => b.some((v) => stemsMatch(w, v))).length;
  return (2 * shared) / (a.length + b.length);
}

/** Share of the shorter list found in the other, 0..1: do two titles name the same topic at all. */
export function overlap(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.filter((w) => l.some((v) => stemsMatch(w, v))).length / s.length;
}
